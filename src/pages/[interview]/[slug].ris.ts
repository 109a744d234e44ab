import type { APIRoute } from 'astro';
import { risCitation } from '../../citations/ris';
import { citationPaths, type CitationProps } from '../../citations/citation-paths';

export const getStaticPaths = citationPaths;

/** An answer's citation as a RIS record: `/<interview>/<slug>.ris`. */
export const GET: APIRoute<CitationProps> = ({ props }) =>
  new Response(risCitation(props.citation), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });

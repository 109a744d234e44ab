import type { APIRoute } from 'astro';
import { bibtexCitation } from '../../citations/bibtex';
import { citationPaths, type CitationProps } from '../../citations/citation-paths';

export const getStaticPaths = citationPaths;

/** An answer's citation as a BibTeX entry: `/<interview>/<slug>.bib`. */
export const GET: APIRoute<CitationProps> = ({ props }) =>
  new Response(bibtexCitation(props.citation), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });

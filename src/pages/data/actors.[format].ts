import type { APIRoute, GetStaticPaths } from 'astro';
import { getActorMap } from '../../actors/actor-data';
import { datasetFile } from '../../open-data/dataset-file';
import { DATA_FORMATS, type DataFormat } from '../../open-data/datasets';
import { actorRecord } from '../../open-data/records';
import { absoluteUrl } from '../../site/absolute-url';
import { actorEntryHref } from '../../site/urls';

export const getStaticPaths = (() => DATA_FORMATS.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

/** Every actor: `/data/actors.json` and `/data/actors.csv`. */
export const GET: APIRoute = async ({ params, site }) => {
  const actors = [...(await getActorMap()).values()].sort((a, b) => a.id.localeCompare(b.id));
  const records = actors.map((actor) =>
    actorRecord(actor, absoluteUrl(actorEntryHref(import.meta.env.BASE_URL, actor.id), site)),
  );
  return datasetFile('actors', params.format as DataFormat, records);
};

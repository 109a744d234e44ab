import type { APIRoute, GetStaticPaths } from 'astro';
import { getActorMap } from '../../actors/actor-data';
import { datasetFile } from '../../open-data/dataset-file';
import { DATA_FORMATS, type DataFormat } from '../../open-data/datasets';
import { membershipRecords } from '../../open-data/records';

export const getStaticPaths = (() => DATA_FORMATS.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

/** Every membership of every organisation: `/data/memberships.json` and `.csv`. */
export const GET: APIRoute = async ({ params }) =>
  datasetFile('memberships', params.format as DataFormat, membershipRecords(await getActorMap()));

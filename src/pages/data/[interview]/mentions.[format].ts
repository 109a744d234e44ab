import type { APIRoute, GetStaticPaths } from 'astro';
import { getInterviews, type InterviewWithAnswers } from '../../../interviews/collections';
import { interviewMentions } from '../../../interviews/interview-mentions';
import { datasetFile } from '../../../open-data/dataset-file';
import { DATA_FORMATS, type DataFormat } from '../../../open-data/datasets';
import { mentionRecords } from '../../../open-data/records';
import { absoluteUrl } from '../../../site/absolute-url';
import { paragraphHref } from '../../../site/urls';

export const getStaticPaths = (async () =>
  (await getInterviews()).flatMap((entry) =>
    DATA_FORMATS.map((format) => ({ params: { interview: entry.interview.id, format }, props: { entry } })),
  )) satisfies GetStaticPaths;

/** Every mention of an actor in an interview: `/data/<interview>/mentions.json` and `.csv`. */
export const GET: APIRoute<{ entry: InterviewWithAnswers }> = async ({ params, props: { entry }, site }) => {
  const id = entry.interview.id;
  const records = mentionRecords(await interviewMentions(entry.answers), (slug, paragraph) =>
    absoluteUrl(paragraphHref(import.meta.env.BASE_URL, id, slug, paragraph), site),
  );
  return datasetFile('mentions', params.format as DataFormat, records);
};

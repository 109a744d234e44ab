import type { APIRoute, GetStaticPaths } from 'astro';
import { getActorMap } from '../../../actors/actor-data';
import { getInterviewsWith, type InterviewWithAnswers } from '../../../interviews/collections';
import { interviewMentions } from '../../../interviews/interview-mentions';
import { interviewTimeline } from '../../../interviews/interview-timeline';
import { datasetFile } from '../../../open-data/dataset-file';
import { DATA_FORMATS, type DataFormat } from '../../../open-data/datasets';
import { timelineRecords } from '../../../open-data/records';

// For each interview with a timeline page, its data.
export const getStaticPaths = (async () =>
  (await getInterviewsWith('timeline')).flatMap((entry) =>
    DATA_FORMATS.map((format) => ({ params: { interview: entry.interview.id, format }, props: { entry } })),
  )) satisfies GetStaticPaths;

/** An interview's timeline: `/data/<interview>/timeline.json` and `.csv`. */
export const GET: APIRoute<{ entry: InterviewWithAnswers }> = async ({ params, props: { entry } }) => {
  const timeline = interviewTimeline(await getActorMap(), entry.interview.data, await interviewMentions(entry.answers));
  return datasetFile('timeline', params.format as DataFormat, timelineRecords(timeline));
};

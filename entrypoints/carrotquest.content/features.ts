import { apiSourceFeature } from '../../components/api-source/feature';
import { draftCheckFeature } from '../../components/draft-check/feature';
import { escalationFeature } from '../../components/escalation/feature';
import { healthFeature } from '../../components/health/feature';
import { helpCallFeature } from '../../components/help-call/feature';
import { recordingFeature } from '../../components/recording/feature';
import { repliesFeature } from '../../components/replies/feature';
import type { SidebarFeature } from '../../components/sidebar/feature';
import { tagsFeature } from '../../components/tags/feature';
import { teachFeature } from '../../components/teach/feature';
import { triageFeature } from '../../components/triage/feature';
import { writeStatusFeature } from '../../components/write-status/feature';
import { waitingFeature } from '../../components/waiting/feature';

/** The sidebar's features, in the order their sections show. A new feature is one more line here. */
export const SIDEBAR_FEATURES: readonly SidebarFeature[] = [
  writeStatusFeature,
  recordingFeature,
  apiSourceFeature,
  waitingFeature,
  helpCallFeature,
  draftCheckFeature,
  tagsFeature,
  triageFeature,
  repliesFeature,
  escalationFeature,
  teachFeature,
  healthFeature,
];

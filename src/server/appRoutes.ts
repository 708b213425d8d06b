import type { Route } from './route.js';
import { auditPageRoutes } from './routes/auditPages.js';
import { auditRoutes } from './routes/audits.js';
import { clvRoutes } from './routes/clv.js';
import { collectRoutes } from './routes/collect.js';
import { customerRoutes } from './routes/customers.js';
import { feedbackRoutes } from './routes/feedback.js';
import { feedRoutes } from './routes/feeds.js';
import { followupPageRoutes } from './routes/followupPages.js';
import { followupRoutes } from './routes/followups.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { interviewPageRoutes } from './routes/interviewPages.js';
import { invitationRoutes } from './routes/invitations.js';
import { keyRoutes } from './routes/keys.js';
import { memberRoutes } from './routes/members.js';
import { pageRoutes } from './routes/pages.js';
import { reportRoutes } from './routes/report.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { surveyAnswerRoutes } from './routes/surveyAnswers.js';
import { surveyPageRoutes } from './routes/surveyPage.js';
import { surveyAppPageRoutes } from './routes/surveyAppPages.js';
import { surveyRoutes } from './routes/surveys.js';
import { surveyWidgetRoutes } from './routes/surveyWidget.js';
import { trackerRoutes } from './routes/tracker.js';
import { webAppRoutes } from './routes/webApp.js';
import { webhookRoutes } from './routes/webhooks.js';
import { workspaceRoutes } from './routes/workspaces.js';

/** Every route of the HTTP API (docs/api.md), each with who may call it. */
export const APP_ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...reportRoutes,
  ...clvRoutes,
  ...customerRoutes,
  ...feedbackRoutes,
  ...pageRoutes,
  ...webAppRoutes,
  ...sessionRoutes,
  ...keyRoutes,
  ...memberRoutes,
  ...workspaceRoutes,
  ...settingsRoutes,
  ...auditRoutes,
  ...auditPageRoutes,
  ...importRoutes,
  ...feedRoutes,
  ...webhookRoutes,
  ...trackerRoutes,
  ...collectRoutes(),
  ...surveyRoutes,
  ...surveyAppPageRoutes,
  ...invitationRoutes,
  ...surveyAnswerRoutes(),
  ...surveyWidgetRoutes,
  ...surveyPageRoutes(),
  ...followupRoutes,
  ...followupPageRoutes,
  ...interviewPageRoutes,
];

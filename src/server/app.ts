import { existsSync, readFileSync } from 'node:fs';
import { auditSecretsOf, useAuditKeys } from './platform/audit/keys.js';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import './audit.catalogue.js';
import './case-file.wiring.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerSessionGuard } from './platform/http/session.js';
import { registerRateLimits } from './platform/http/rate-limit.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { sessionResolver } from './modules/auth/auth.session.js';
import { directoryRoutes } from './modules/directory/directory.routes.js';
import { identityRoutes } from './modules/identity/identity.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { caseAccessRoutes } from './modules/case-access/case-access.routes.js';
import { intakeRoutes } from './modules/intake/intake.routes.js';
import { consentRoutes } from './modules/consent/consent.routes.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { journalRoutes } from './modules/journal/journal.routes.js';
import { childVoiceRoutes } from './modules/child-voice/child-voice.routes.js';
import { riskRoutes } from './modules/risk/risk.routes.js';
import { actionsRoutes } from './modules/actions/actions.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { municipalOverview } from './modules/statistics/statistics.service.js';
import { actorsRoutes } from './modules/actors/actors.routes.js';
import { safetyRoutes } from './modules/safety/safety.routes.js';
import { COORDINATION_ROUTES } from './modules/work/coordination.routes.js';
import { preparednessRoutes } from './modules/preparedness/preparedness.routes.js';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes.js';
import { partnerRoutes } from './modules/directory/partners.routes.js';
import { travelRoutes } from './modules/travel/travel.routes.js';

z.config(z.locales.da());

import type { AppContext } from './platform/app-context.js';

type ModuleRoutes = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

/** Each module registers its routes here, one line each. */
const MODULES: ModuleRoutes[] = [
  healthRoutes,
  authRoutes,
  // directory
  directoryRoutes,
  // identity
  identityRoutes,
  // audit
  auditRoutes,
  caseAccessRoutes,
  // intake
  intakeRoutes,
  consentRoutes,
  casesRoutes,
  journalRoutes,
  childVoiceRoutes,
  // risk
  riskRoutes,
  actionsRoutes,
  // statistics
  statisticsRoutes,
  actorsRoutes,
  safetyRoutes,
  // travel (0140+)
  travelRoutes,
  // coordination (0080+): tasks, work queue, follow-up, closure, reminders
  ...COORDINATION_ROUTES,
  // preparedness, knowledge (0110+)
  // The plan's anonymised overview comes from the statistics module (a later layer), wired in here.
  (app, ctx) => preparednessRoutes(app, ctx, { overview: municipalOverview }),
  knowledgeRoutes,
  partnerRoutes,
];

export async function buildApp(ctx: AppContext, logger: Logger): Promise<FastifyInstance> {
  await useAuditKeys(ctx.db, auditSecretsOf(ctx.config));
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    // The union of the setting's forms confuses Fastify's overloads; each form alone is a valid trustProxy.
    trustProxy: ctx.config.TRUST_PROXY as boolean,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, ctx.db);
  registerInputGuard(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Skjold API', version: '0.1.0', description: 'Sagsbehandling og risikovurdering i sager om æresrelaterede konflikter og negativ social kontrol.' },
    },
    transform: jsonSchemaTransform,
  });
  registerSessionGuard(app, ctx.db, sessionResolver(ctx.db, {
    idleMinutes: ctx.config.SESSION_IDLE_MINUTES,
    absoluteHours: ctx.config.SESSION_ABSOLUTE_HOURS,
    mfaRequiredRoles: ctx.config.SKJOLD_DEMO ? [] : ctx.config.MFA_REQUIRED_ROLES,
  }));
  registerRateLimits(app, ctx.db, ctx.config);

  for (const register of MODULES) await register(app, ctx);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await serveWebApp(app, ctx.config.WEB_DIST_DIR, ctx.config.SKJOLD_DEMO, ctx.config.QUICK_EXIT_URL);
  return app;
}

/** The built React app; any non-API GET that is not a file gets index.html so client routes survive reload. */
async function serveWebApp(app: FastifyInstance, distDir: string, demo: boolean, quickExitUrl: string) {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) return;
  // Demo mode is marked on the document itself, so the web app shows its banner without an inline script.
  // The quick exit's target rides on the document too (a meta tag), so the public pages need no request for it.
  const exitMeta = `<meta name="skjold-quick-exit" content="${quickExitUrl.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" />`;
  const indexHtml = readFileSync(indexFile, 'utf8')
    .replace('<html lang="da">', demo ? '<html lang="da" data-demo="1">' : '<html lang="da">')
    .replace('</head>', `${exitMeta}</head>`);
  await app.register(fastifyStatic, { root, wildcard: false, index: false });
  const sendIndex = (reply: FastifyReply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  app.get('/', { config: { public: true }, schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.code(404).send({ error: { code: 'http.not_found', message: 'Ressourcen findes ikke.', details: [] } });
    }
    return sendIndex(reply);
  });
}

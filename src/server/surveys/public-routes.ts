/**
 * The public survey pages under /enkat/<public id or address>: the form
 * (GET), the answer (POST, then a redirect to the thank-you page), the
 * closed and not-yet-open pages, the published results, the QR code and a
 * printable poster. No IP address is stored: the rate limit sees only a
 * salted hash of it.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { Deps } from '../../app/deps.ts';
import {
  answerSurvey,
  browserHasAnswered,
  findPublicSurvey,
  phaseNow,
  type AnswerAttempt,
  type PublicAnswerOutcome,
} from '../../app/surveys/answer.ts';
import { publicResultsFor } from '../../app/surveys/results.ts';
import { surveyPrivacyNotice } from '../../app/privacy/notice.ts';
import { publicPath, publicUrl, type Survey } from '../../app/surveys/store.ts';
import { answersFromForm, type AnswerError } from '../../domain/surveys/answers.ts';
import { AppError } from '../../domain/errors.ts';
import { textIn, type Answers, type SurveyLanguage } from '../../domain/surveys/types.ts';
import { longDay, SURVEY_STRINGS, surveyLanguage } from '../../i18n/surveys.ts';
import { html, raw, type Raw } from '../public/html.ts';
import { notFoundPage } from '../public/routes.ts';
import { CODE_INPUT_ID, errorMessage, errorSummary, firstInputId, surveyForm, type ShownError } from './form.ts';
import { surveyPage } from './layout.ts';
import { uiMark } from './ui-lang.ts';
import { resultsBody } from './results-html.ts';
import { LOADABLE_ANYWHERE } from '../plugins/security-headers.ts';
import { Redirect, responses } from '../../contracts/common.ts';
import { PublicPage, SurveyAnswerForm, SurveyQuery, SurveyRefParams } from '../../contracts/public.ts';

const CSS = readFileSync(new URL('./survey.css', import.meta.url), 'utf8');
export const TOKEN_COOKIE = 'lofte_enkat';

type Req = FastifyRequest<{ Params: { ref: string }; Querystring: { lang?: string; kod?: string } }>;
type FormBody = Record<string, string | string[] | undefined>;

const send = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);

const withLang = (path: string, lang: SurveyLanguage) => (lang === 'sv' ? path : `${path}?lang=${lang}`);

function messagePage(
  survey: Survey,
  lang: SurveyLanguage,
  path: string,
  title: string,
  text: string,
  extra?: Raw,
): string {
  const mark = uiMark(lang);
  const body = html`<h1${mark}>${title}</h1><p class="survey-name">${textIn(survey.title, lang)}</p><p class="lead"${mark}>${text}</p>${extra ?? null}`;
  return surveyPage({ lang, title, path, languages: survey.languages, body });
}

function resultsLink(survey: Survey, lang: SurveyLanguage): Raw | null {
  return survey.publicResults.length
    ? html`<p><a href="${withLang(`${publicPath(survey)}/resultat`, lang)}"${uiMark(lang)}>${SURVEY_STRINGS[lang].resultsLink}</a></p>`
    : null;
}

function phasePage(survey: Survey, lang: SurveyLanguage, phase: 'closed' | 'not_open'): string {
  const t = SURVEY_STRINGS[lang];
  const path = publicPath(survey);
  return phase === 'closed'
    ? messagePage(survey, lang, path, t.closedTitle, t.closedText, resultsLink(survey, lang) ?? undefined)
    : messagePage(survey, lang, path, t.notOpenTitle, t.notOpenText(longDay(survey.opensOn ?? '', lang)));
}

function shownErrors(survey: Survey, errors: AnswerError[], lang: SurveyLanguage): ShownError[] {
  const t = SURVEY_STRINGS[lang];
  return errors.map((e) => {
    const index = survey.questions.findIndex((q) => q.id === e.questionId);
    const q = survey.questions[index];
    if (!q)
      return { target: firstInputId(survey.questions[0]!), key: '', message: errorMessage(undefined, e, t, lang) };
    const item = e.itemId && q.kind === 'problem' ? q.items.find((i) => i.id === e.itemId) : undefined;
    return {
      target: firstInputId(q, e.itemId),
      key: item ? `${q.id}/${item.id}` : q.id,
      label: t.questionNo(index + 1),
      item: item ? textIn(item.text, lang) : undefined,
      message: errorMessage(q, e, t, lang),
    };
  });
}

/** How long free text is kept and who is responsible (the kommun's settings), in plain words. */
type Notice = Awaited<ReturnType<typeof surveyPrivacyNotice>>;

function noticeHtml(notice: Notice, lang: SurveyLanguage): Raw {
  const mark = notice.lang === lang ? null : raw(` lang="${notice.lang}"`);
  return html`<div class="privacy retention"${mark}>${notice.sentences.map((s) => html`<p>${s}</p>`)}</div>`;
}

function formPage(
  survey: Survey,
  lang: SurveyLanguage,
  state: { answers: Answers; errors: ShownError[]; code?: string; notice: Notice },
): string {
  const t = SURVEY_STRINGS[lang];
  const path = publicPath(survey);
  const full = { lang, ...state };
  const body = html`<h1>${textIn(survey.title, lang)}</h1>
${errorSummary(full)}
${survey.intro ? html`<p class="lead">${textIn(survey.intro, lang)}</p>` : null}
<p class="privacy"${uiMark(lang)}>${survey.access === 'codes' ? t.privacyCodes : t.privacy}</p>
${noticeHtml(state.notice, lang)}
${survey.closesOn ? html`<p class="deadline"${uiMark(lang)}>${t.openUntil(longDay(survey.closesOn, lang))}</p>` : null}
${surveyForm(survey.questions, full, withLang(path, lang), survey.access === 'codes')}`;
  const title = (state.errors.length ? t.errorTitle : '') + textIn(survey.title, lang);
  return surveyPage({ lang, title, path, languages: survey.languages, body });
}

function ensureToken(req: FastifyRequest, reply: FastifyReply, deps: Deps): string {
  const existing = req.cookies[TOKEN_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(TOKEN_COOKIE, token, {
    path: '/enkat',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    maxAge: 180 * 24 * 3600,
  });
  return token;
}

async function showForm(deps: Deps, req: Req, reply: FastifyReply) {
  const survey = await findPublicSurvey(deps, req.params.ref);
  const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
  if (!survey) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
  const phase = phaseNow(deps, survey);
  if (phase === 'closed' || phase === 'not_open') return send(reply, phasePage(survey, lang, phase));
  if (survey.access === 'link') {
    const token = ensureToken(req, reply, deps);
    if (await browserHasAnswered(deps, survey.id, token)) {
      const t = SURVEY_STRINGS[lang];
      return send(
        reply,
        messagePage(
          survey,
          lang,
          publicPath(survey),
          t.answeredTitle,
          t.answeredText,
          resultsLink(survey, lang) ?? undefined,
        ),
      );
    }
  }
  return send(
    reply,
    formPage(survey, lang, {
      notice: await surveyPrivacyNotice(deps, survey.municipalityId, lang),
      answers: {},
      errors: [],
      code: typeof req.query.kod === 'string' ? req.query.kod : undefined,
    }),
  );
}

function refusedPage(
  survey: Survey,
  lang: SurveyLanguage,
  outcome: Exclude<PublicAnswerOutcome, { ok: true }>,
  answers: Answers,
  code: string,
  notice: Notice,
) {
  const t = SURVEY_STRINGS[lang];
  const path = publicPath(survey);
  switch (outcome.reason) {
    case 'invalid':
      return {
        status: 400,
        body: formPage(survey, lang, { answers, code, notice, errors: shownErrors(survey, outcome.errors, lang) }),
      };
    case 'code_missing':
    case 'code_invalid':
    case 'code_used': {
      const message = { code_missing: t.errCodeMissing, code_invalid: t.errCodeInvalid, code_used: t.errCodeUsed }[
        outcome.reason
      ];
      return {
        status: 400,
        body: formPage(survey, lang, {
          answers,
          code,
          notice,
          errors: [{ target: CODE_INPUT_ID, key: 'code', message }],
        }),
      };
    }
    case 'no_token':
      return {
        status: 400,
        body: formPage(survey, lang, {
          answers,
          code,
          notice,
          errors: [{ target: firstInputId(survey.questions[0]!), key: '', message: t.errNoToken }],
        }),
      };
    case 'already_answered':
      return { status: 409, body: messagePage(survey, lang, path, t.answeredTitle, t.answeredText) };
    default:
      return { status: 409, body: phasePage(survey, lang, outcome.reason) };
  }
}

async function receiveAnswer(deps: Deps, req: Req, reply: FastifyReply) {
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as FormBody;
  let attempt: AnswerAttempt;
  try {
    attempt = await answerSurvey(
      deps,
      req.params.ref,
      (survey) => ({
        answers: answersFromForm(survey.questions, body),
        code: typeof body.code === 'string' ? body.code : '',
      }),
      { token: req.cookies[TOKEN_COOKIE], ip: req.ip },
    );
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'rate_limited') throw err;
    const survey = await findPublicSurvey(deps, req.params.ref);
    const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
    if (!survey) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
    const t = SURVEY_STRINGS[lang];
    const wait = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
    reply.header('retry-after', String(wait));
    return send(reply, messagePage(survey, lang, publicPath(survey), t.rateLimitedTitle, t.rateLimitedText), 429);
  }
  const { survey, outcome, answers, code } = attempt;
  const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
  if (!survey || !outcome) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
  if (outcome.ok) return reply.redirect(withLang(`${publicPath(survey)}/tack`, lang), 303);
  if (outcome.reason === 'no_token' && survey.access === 'link') ensureToken(req, reply, deps);
  const notice = await surveyPrivacyNotice(deps, survey.municipalityId, lang);
  const page = refusedPage(survey, lang, outcome, answers, code ?? '', notice);
  return send(reply, page.body, page.status);
}

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export async function publicSurveyRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  // Request logging (which carries the client address) stays off on the answering pages, whatever LOG_LEVEL says.
  const hide = { schema: { hide: true }, logLevel: 'warn' as const };
  app.get('/static/survey.css', hide, async (_req, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS),
  );
  app.get('/enkat/:ref', hide, async (req: Req, reply) => showForm(deps, req, reply));
  // The answer form is in the API description (contracts/public.ts): a redirect to the thank-you page, or the form again.
  const answerSchema = {
    tags: ['Enkäter (svar)'],
    summary: 'Svara på en enkät: vidare till tack-sidan, eller formuläret igen med det som behöver rättas',
    security: [],
    params: SurveyRefParams,
    querystring: SurveyQuery,
    body: SurveyAnswerForm,
    response: responses({ 200: PublicPage, 303: Redirect }, ['not_found', 'rate_limited', 'payload_too_large'], {
      public: true,
    }),
  };
  app.post('/enkat/:ref', { schema: answerSchema, logLevel: 'warn', bodyLimit: 256 * 1024 }, async (req, reply) =>
    receiveAnswer(deps, req as Req, reply),
  );

  app.get('/enkat/:ref/tack', hide, async (req: Req, reply) => {
    const survey = await findPublicSurvey(deps, req.params.ref);
    const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
    if (!survey) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
    const t = SURVEY_STRINGS[lang];
    return send(
      reply,
      messagePage(
        survey,
        lang,
        `${publicPath(survey)}/tack`,
        t.thanksTitle,
        t.thanksText,
        resultsLink(survey, lang) ?? undefined,
      ),
    );
  });

  app.get('/enkat/:ref/resultat', hide, async (req: Req, reply) => {
    const survey = await findPublicSurvey(deps, req.params.ref);
    const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
    const published = survey ? await publicResultsFor(deps, survey) : undefined;
    if (!survey || !published) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
    const t = SURVEY_STRINGS[lang];
    const title = `${t.resultsTitle}: ${textIn(survey.title, lang)}`;
    return send(
      reply,
      surveyPage({
        lang,
        title,
        path: `${publicPath(survey)}/resultat`,
        languages: survey.languages,
        body: resultsBody(published, lang),
      }),
    );
  });

  // A kommun may show the QR code on its own site.
  app.get('/enkat/:ref/qr.svg', { ...hide, helmet: LOADABLE_ANYWHERE }, async (req: Req, reply) => {
    const survey = await findPublicSurvey(deps, req.params.ref);
    if (!survey) return send(reply, notFoundPage('sv'), 404);
    return reply
      .header('content-type', 'image/svg+xml')
      .header('cache-control', 'public, max-age=86400')
      .send(await qrSvg(publicUrl(deps, survey)));
  });

  app.get('/enkat/:ref/affisch', hide, async (req: Req, reply) => {
    const survey = await findPublicSurvey(deps, req.params.ref);
    const lang = surveyLanguage(req.query.lang, survey?.languages ?? ['sv']);
    if (!survey) return send(reply, notFoundPage(lang === 'en' ? 'en' : 'sv'), 404);
    const t = SURVEY_STRINGS[lang];
    const url = publicUrl(deps, survey);
    const mark = uiMark(lang);
    const body = html`<div class="poster"><h1${mark}>${t.posterHeading}</h1><p class="survey-name">${textIn(survey.title, lang)}</p>
<img class="qr" src="${publicPath(survey)}/qr.svg" alt="${t.qrAlt(url)}" width="320" height="320">
<p${mark}>${t.posterText}</p><p class="poster-url">${url}</p>
${survey.closesOn ? html`<p${mark}>${t.openUntil(longDay(survey.closesOn, lang))}</p>` : null}</div>`;
    return send(
      reply,
      surveyPage({
        lang,
        title: t.posterHeading,
        path: `${publicPath(survey)}/affisch`,
        languages: survey.languages,
        body,
      }),
    );
  });
}

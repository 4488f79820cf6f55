import { handoff, metric, templateMap, touchpoint, type JourneyTemplate } from './template-parts';

const SALES = 'b2b-silo-sales';
const IMPLEMENTATION = 'b2b-silo-implementation';
const SUCCESS = 'b2b-silo-success';
const SUPPORT = 'b2b-silo-support';
const PRODUCT = 'b2b-silo-product';
const FINANCE = 'b2b-silo-finance';

const EVALUATE = 'b2b-stage-evaluate';
const CONTRACT = 'b2b-stage-contract';
const KICK_OFF = 'b2b-stage-kick-off';
const IMPLEMENT = 'b2b-stage-implement';
const ADOPT = 'b2b-stage-adopt';
const EXPAND = 'b2b-stage-expand';
const RENEW = 'b2b-stage-renew';

/**
 * A SaaS customer from evaluation to renewal. Problems left in on purpose: "Contract" is split between
 * Sales and Finance with no metric; "Implement" is split with an Implementation-only metric and
 * developer docs nobody owns; the sales-to-implementation and support escalation hand-offs are
 * unowned; in "Expand" an upgrade offer and an overdue-invoice notice go out on the same day.
 */
export const B2B_SOFTWARE_TEMPLATE: JourneyTemplate = {
  id: 'b2b-software',
  name: 'B2B software: onboarding to renewal',
  description:
    'A SaaS customer from demo and contract through implementation, adoption and expansion to renewal, with six silos.',
  create: (now) =>
    templateMap(now, {
      title: 'B2B software: onboarding to renewal',
      customer: {
        name: 'Operations leader at a mid-size company',
        description:
          'Buys for a team of 50–500 people. The buyer, the administrator who sets it up and the daily users are different people, and all three must succeed for a renewal.',
      },
      intendedMemory: 'They got us live fast and we never had to chase them.',
      silos: [
        { id: SALES, name: 'Sales', color: '#2563eb', lead: 'Jordan Blake' },
        { id: IMPLEMENTATION, name: 'Implementation', color: '#7c3aed', lead: 'Mei Tanaka' },
        { id: SUCCESS, name: 'Customer Success', color: '#16a34a', lead: 'Oliver Grant' },
        { id: SUPPORT, name: 'Support', color: '#0891b2', lead: 'Fatima Haddad' },
        { id: PRODUCT, name: 'Product', color: '#db2777', lead: '' },
        { id: FINANCE, name: 'Finance', color: '#ca8a04', lead: 'Lars Nilsen' },
      ],
      stages: [
        {
          id: EVALUATE,
          name: 'Evaluate',
          description: 'The buying team compares vendors and runs a trial.',
          customerGoal: 'Prove it solves our problem before we commit',
          accountableSiloId: SALES,
          metrics: [
            metric({
              id: 'b2b-metric-trial-conversion',
              name: 'Trial-to-paid conversion',
              definition: 'Share of trial workspaces that sign a contract within 60 days',
              unit: '%',
              direction: 'higher-is-better',
              target: 25,
              current: 18,
              ownerSiloIds: [SALES, PRODUCT],
            }),
          ],
        },
        {
          id: CONTRACT,
          name: 'Contract',
          description: 'Proposal, legal review, signature and the first invoice.',
          customerGoal: 'Sign without surprises',
          accountableSiloId: null,
          metrics: [],
        },
        {
          id: KICK_OFF,
          name: 'Kick-off',
          description: 'The project starts and the team meets its implementation lead.',
          customerGoal: 'Know who does what, and when we go live',
          accountableSiloId: IMPLEMENTATION,
          metrics: [
            metric({
              id: 'b2b-metric-days-to-kickoff',
              name: 'Days to kick-off',
              definition: 'Days from signature to the kick-off workshop',
              unit: 'days',
              direction: 'lower-is-better',
              target: 7,
              current: 12,
              ownerSiloIds: [SALES, IMPLEMENTATION],
            }),
          ],
        },
        {
          id: IMPLEMENT,
          name: 'Implement',
          description: 'Data migration, single sign-on, integrations and go-live.',
          customerGoal: 'Go live without disrupting the business',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'b2b-metric-time-to-value',
              name: 'Time to first value',
              definition: 'Days from kick-off to the first workflow running in production',
              unit: 'days',
              direction: 'lower-is-better',
              target: 30,
              current: 48,
              ownerSiloIds: [IMPLEMENTATION],
            }),
          ],
        },
        {
          id: ADOPT,
          name: 'Adopt',
          description: 'Daily use spreads through the team.',
          customerGoal: 'Everyone uses it without being nagged',
          accountableSiloId: SUCCESS,
          metrics: [
            metric({
              id: 'b2b-metric-active-seats',
              name: 'Weekly active seats',
              definition: 'Share of paid seats used at least once a week',
              unit: '%',
              direction: 'higher-is-better',
              target: 70,
              current: 54,
              ownerSiloIds: [SUCCESS, PRODUCT, SUPPORT],
            }),
            metric({
              id: 'b2b-metric-nps',
              name: 'Account NPS',
              definition: 'Net Promoter Score from the six-monthly user survey',
              unit: 'NPS',
              direction: 'higher-is-better',
              target: 30,
              current: 34,
              ownerSiloIds: [SUCCESS],
            }),
          ],
        },
        {
          id: EXPAND,
          name: 'Expand',
          description: 'More seats, more teams, higher tiers.',
          customerGoal: 'Grow only when it pays off for us',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'b2b-metric-expansion',
              name: 'Expansion revenue',
              definition: 'Annual recurring revenue added by existing customers per quarter',
              unit: 'k€',
              direction: 'higher-is-better',
              target: 250,
              current: 180,
              ownerSiloIds: [SALES],
            }),
          ],
        },
        {
          id: RENEW,
          name: 'Renew',
          description: 'The contract comes up for renewal.',
          customerGoal: 'Renew because it is obviously worth it',
          accountableSiloId: SUCCESS,
          metrics: [
            metric({
              id: 'b2b-metric-renewal',
              name: 'Gross renewal rate',
              definition: 'Share of contract value due for renewal that renews',
              unit: '%',
              direction: 'higher-is-better',
              target: 92,
              current: 88,
              ownerSiloIds: [SUCCESS, SALES, FINANCE],
            }),
          ],
        },
      ],
      touchpoints: [
        touchpoint({ id: 'b2b-tp-demo', stageId: EVALUATE, siloId: SALES, title: 'Discovery call and demo', channel: 'phone', initiator: 'company', intent: 'sell', emotion: 1, day: 0 }),
        touchpoint({ id: 'b2b-tp-trial', stageId: EVALUATE, siloId: PRODUCT, title: 'Free trial workspace', channel: 'web', initiator: 'customer', intent: 'onboard', emotion: 1, day: 3 }),
        touchpoint({ id: 'b2b-tp-security-review', stageId: EVALUATE, siloId: SALES, title: 'Security questionnaire', channel: 'email', initiator: 'customer', intent: 'other', emotion: -1, day: 14, description: 'Their IT team sends 300 questions; Sales forwards them around the company.' }),
        touchpoint({ id: 'b2b-tp-proposal', stageId: CONTRACT, siloId: SALES, title: 'Proposal and pricing', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0, day: 20 }),
        touchpoint({ id: 'b2b-tp-redlines', stageId: CONTRACT, siloId: SALES, title: 'Contract redlines', channel: 'email', initiator: 'customer', intent: 'other', emotion: -1, day: 25 }),
        touchpoint({ id: 'b2b-tp-signature', stageId: CONTRACT, siloId: SALES, title: 'E-signature', channel: 'web', initiator: 'customer', intent: 'sell', emotion: 1, day: 29 }),
        touchpoint({ id: 'b2b-tp-first-invoice', stageId: CONTRACT, siloId: FINANCE, title: 'Annual invoice in advance', channel: 'email', initiator: 'company', intent: 'bill', emotion: -1, day: 30, description: 'Arrives before anyone at the customer has logged in.' }),
        touchpoint({ id: 'b2b-tp-handover-call', stageId: KICK_OFF, siloId: SALES, title: 'Sales introduces the implementation lead', channel: 'phone', initiator: 'company', intent: 'onboard', emotion: 0, day: 31 }),
        touchpoint({ id: 'b2b-tp-welcome', stageId: KICK_OFF, siloId: IMPLEMENTATION, title: 'Welcome email with admin login', channel: 'email', initiator: 'company', intent: 'onboard', emotion: 1, day: 32 }),
        touchpoint({ id: 'b2b-tp-kickoff', stageId: KICK_OFF, siloId: IMPLEMENTATION, title: 'Kick-off workshop', channel: 'in-person', initiator: 'company', intent: 'onboard', emotion: 1, day: 38, description: 'The customer repeats everything they told Sales.' }),
        touchpoint({ id: 'b2b-tp-migration', stageId: IMPLEMENT, siloId: IMPLEMENTATION, title: 'Data migration', channel: 'web', initiator: 'company', intent: 'onboard', emotion: -1, day: 40 }),
        touchpoint({ id: 'b2b-tp-sso', stageId: IMPLEMENT, siloId: SUPPORT, title: 'Single sign-on set-up ticket', channel: 'email', initiator: 'customer', intent: 'support', emotion: -2, day: 42, description: 'Bounced between Support and Implementation for a week.' }),
        touchpoint({ id: 'b2b-tp-api-docs', stageId: IMPLEMENT, siloId: null, title: 'Developer docs and API sandbox', channel: 'web', initiator: 'customer', intent: 'onboard', emotion: -1, day: 44, description: 'The docs site has had no owner since the reorganisation.' }),
        touchpoint({ id: 'b2b-tp-go-live', stageId: IMPLEMENT, siloId: IMPLEMENTATION, title: 'Go-live sign-off', channel: 'in-person', initiator: 'company', intent: 'onboard', emotion: 2, day: 60 }),
        touchpoint({ id: 'b2b-tp-in-app-tours', stageId: ADOPT, siloId: PRODUCT, title: 'In-app feature tours', channel: 'app', initiator: 'company', intent: 'inform', emotion: 0, day: 70 }),
        touchpoint({ id: 'b2b-tp-ticket', stageId: ADOPT, siloId: SUPPORT, title: 'How-to support ticket', channel: 'chat', initiator: 'customer', intent: 'support', emotion: 0, day: 90 }),
        touchpoint({ id: 'b2b-tp-qbr', stageId: ADOPT, siloId: SUCCESS, title: 'Quarterly business review', channel: 'in-person', initiator: 'company', intent: 'retain', emotion: 1, day: 120 }),
        touchpoint({ id: 'b2b-tp-survey', stageId: ADOPT, siloId: SUCCESS, title: 'User survey', channel: 'email', initiator: 'company', intent: 'survey', emotion: 0, day: 180 }),
        touchpoint({ id: 'b2b-tp-seat-limit', stageId: EXPAND, siloId: PRODUCT, title: '“Seat limit reached” banner', channel: 'app', initiator: 'company', intent: 'inform', emotion: -1, day: 290 }),
        touchpoint({ id: 'b2b-tp-upgrade-offer', stageId: EXPAND, siloId: SALES, title: 'Upgrade offer for more seats', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0, day: 300 }),
        touchpoint({ id: 'b2b-tp-overdue', stageId: EXPAND, siloId: FINANCE, title: 'Overdue-invoice notice', channel: 'email', initiator: 'company', intent: 'collect', emotion: -2, day: 300, description: 'Sent to the same administrator on the same morning as the upgrade offer.' }),
        touchpoint({ id: 'b2b-tp-success-plan', stageId: EXPAND, siloId: SUCCESS, title: 'Expansion success plan', channel: 'in-person', initiator: 'company', intent: 'retain', emotion: 1, day: 310 }),
        touchpoint({ id: 'b2b-tp-sponsor', stageId: RENEW, siloId: SUCCESS, title: 'Executive sponsor check-in', channel: 'phone', initiator: 'company', intent: 'retain', emotion: 1, day: 320 }),
        touchpoint({ id: 'b2b-tp-renewal-quote', stageId: RENEW, siloId: SALES, title: 'Renewal quote', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0, day: 330 }),
        touchpoint({ id: 'b2b-tp-renewal-invoice', stageId: RENEW, siloId: FINANCE, title: 'Renewal invoice', channel: 'email', initiator: 'company', intent: 'bill', emotion: 0, day: 350 }),
      ],
      handoffs: [
        handoff('b2b-handoff-security', 'b2b-tp-security-review', 'b2b-tp-proposal', 'Security sign-off', SALES),
        handoff('b2b-handoff-implementation', 'b2b-tp-handover-call', 'b2b-tp-kickoff', 'Handover notes to implementation', null),
        handoff('b2b-handoff-sso', 'b2b-tp-sso', 'b2b-tp-migration', 'Escalate to implementation', null),
        handoff('b2b-handoff-go-live', 'b2b-tp-go-live', 'b2b-tp-qbr', 'Hand over to Customer Success', SUCCESS),
        handoff('b2b-handoff-seat-lead', 'b2b-tp-seat-limit', 'b2b-tp-upgrade-offer', 'Seat-limit lead', SALES),
        handoff('b2b-handoff-forecast', 'b2b-tp-sponsor', 'b2b-tp-renewal-quote', 'Renewal forecast', SUCCESS),
      ],
      notes: [
        { id: 'b2b-note-go-live', text: 'Who owns go-live: Implementation or Customer Success?', color: '#fde68a', stageId: IMPLEMENT },
        { id: 'b2b-note-contract', text: 'Nobody measures how long contracting takes.', color: '#ddd6fe', stageId: null },
      ],
      comments: [],
      alignment: null,
    }),
};

import { handoff, metric, templateMap, touchpoint, type JourneyTemplate } from './template-parts';

const MARKETING = 'ai-silo-marketing';
const SALES = 'ai-silo-sales';
const UNDERWRITING = 'ai-silo-underwriting';
const BILLING = 'ai-silo-billing';
const CLAIMS = 'ai-silo-claims';
const SERVICE = 'ai-silo-service';
const ACTUARIAL = 'ai-silo-actuarial';

const DISCOVER = 'ai-stage-discover';
const BUY = 'ai-stage-buy';
const ONBOARD = 'ai-stage-onboard';
const USE = 'ai-stage-use';
const CLAIM = 'ai-stage-claim';
const RENEW = 'ai-stage-renew';

/**
 * A household car-insurance journey from first ad to renewal. Problems left in on purpose: "Quote &
 * buy" is split three ways with nobody accountable and a Sales-only metric; "Onboard" has no metric
 * and an unowned app set-up; the underwriting referral and the policy-documents hand-off are unowned;
 * Actuarial's non-renewal notice goes out on day 300, the same day as Marketing's cross-sell offer.
 */
export const AUTO_INSURANCE_TEMPLATE: JourneyTemplate = {
  id: 'auto-insurance',
  name: 'Auto insurance: policy lifecycle',
  description:
    'A household car-insurance policy from first ad to renewal, with seven silos. Includes the insurer that sent a cancellation notice and a cross-sell offer on the same day.',
  create: (now) =>
    templateMap(now, {
      title: 'Auto insurance: policy lifecycle',
      customer: {
        name: 'Household policyholder',
        description:
          'A family insuring one or two cars, buying direct or through an agent, who rarely thinks about insurance until something goes wrong.',
      },
      intendedMemory: 'They treated me like a person, not a policy number.',
      silos: [
        { id: MARKETING, name: 'Marketing', color: '#7c3aed', lead: 'Dana Ruiz' },
        { id: SALES, name: 'Sales & Agents', color: '#2563eb', lead: 'Sam Okafor' },
        { id: UNDERWRITING, name: 'Underwriting', color: '#0891b2', lead: '' },
        { id: BILLING, name: 'Billing', color: '#ca8a04', lead: 'Priya Nair' },
        { id: CLAIMS, name: 'Claims', color: '#dc2626', lead: 'Lee Chen' },
        { id: SERVICE, name: 'Customer Service', color: '#16a34a', lead: 'Maria Rossi' },
        { id: ACTUARIAL, name: 'Actuarial', color: '#475569', lead: '' },
      ],
      stages: [
        {
          id: DISCOVER,
          name: 'Discover',
          description: 'The household realises it needs cover and looks around.',
          customerGoal: 'Find an insurer I can trust',
          accountableSiloId: MARKETING,
          metrics: [
            metric({
              id: 'ai-metric-shortlist',
              name: 'Shortlist rate',
              definition: 'Share of surveyed prospects who put us on their shortlist',
              unit: '%',
              direction: 'higher-is-better',
              target: 30,
              current: 22,
              ownerSiloIds: [MARKETING],
            }),
          ],
        },
        {
          id: BUY,
          name: 'Quote & buy',
          description: 'Getting a price and signing the policy.',
          customerGoal: 'A fair price without a fight',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'ai-metric-quote-to-bind',
              name: 'Quote-to-bind time',
              definition: 'Minutes from the first quote request to a bound policy',
              unit: 'min',
              direction: 'lower-is-better',
              target: 15,
              current: 42,
              ownerSiloIds: [SALES],
            }),
          ],
        },
        {
          id: ONBOARD,
          name: 'Onboard',
          description: 'Documents, first bill, app set-up.',
          customerGoal: 'Know what I am covered for',
          accountableSiloId: null,
          metrics: [],
        },
        {
          id: USE,
          name: 'Use & pay',
          description: 'Living with the policy month to month.',
          customerGoal: 'Forget about it until I need it',
          accountableSiloId: BILLING,
          metrics: [
            metric({
              id: 'ai-metric-on-time',
              name: 'Bills paid on time',
              definition: 'Share of invoices paid by their due date',
              unit: '%',
              direction: 'higher-is-better',
              target: 97,
              current: 95,
              ownerSiloIds: [BILLING, SERVICE],
            }),
          ],
        },
        {
          id: CLAIM,
          name: 'Claim',
          description: 'Something went wrong and the customer needs us.',
          customerGoal: 'Be made whole quickly and kindly',
          accountableSiloId: CLAIMS,
          metrics: [
            metric({
              id: 'ai-metric-claim-cycle',
              name: 'Claim cycle time',
              definition: 'Days from first notice of loss to payment',
              unit: 'days',
              direction: 'lower-is-better',
              target: null,
              current: 19,
              ownerSiloIds: [CLAIMS, SERVICE],
            }),
            metric({
              id: 'ai-metric-claim-nps',
              name: 'Claimant NPS',
              definition: 'Net Promoter Score asked one week after the claim is paid',
              unit: 'NPS',
              direction: 'higher-is-better',
              target: 40,
              current: 12,
              ownerSiloIds: [CLAIMS, SERVICE],
            }),
          ],
        },
        {
          id: RENEW,
          name: 'Renew or leave',
          description: 'The policy comes up for renewal.',
          customerGoal: 'Stay only if it is still worth it',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'ai-metric-retention',
              name: 'Policy retention',
              definition: 'Share of policies due for renewal that renew',
              unit: '%',
              direction: 'higher-is-better',
              target: 85,
              current: 78,
              ownerSiloIds: [SALES],
            }),
          ],
        },
      ],
      touchpoints: [
        touchpoint({ id: 'ai-tp-ads', stageId: DISCOVER, siloId: MARKETING, title: 'TV and search ads', channel: 'web', initiator: 'company', intent: 'inform', emotion: 0 }),
        touchpoint({ id: 'ai-tp-compare', stageId: DISCOVER, siloId: MARKETING, title: 'Comparison-site listing', channel: 'web', initiator: 'customer', intent: 'inform', emotion: 1 }),
        touchpoint({ id: 'ai-tp-quote-web', stageId: BUY, siloId: SALES, title: 'Online quote', channel: 'web', initiator: 'customer', intent: 'sell', emotion: 1, day: 0 }),
        touchpoint({ id: 'ai-tp-agent-call', stageId: BUY, siloId: SALES, title: 'Agent call-back', channel: 'phone', initiator: 'company', intent: 'sell', emotion: 0, day: 1 }),
        touchpoint({ id: 'ai-tp-quote-reminder', stageId: BUY, siloId: MARKETING, title: 'Saved-quote reminder email', channel: 'email', initiator: 'company', intent: 'sell', emotion: -1, day: 1, description: 'Sent even when the agent has already called.' }),
        touchpoint({ id: 'ai-tp-uw-questions', stageId: BUY, siloId: UNDERWRITING, title: 'Extra underwriting questions', channel: 'email', initiator: 'company', intent: 'other', emotion: -1, day: 2, description: 'Asked after the customer thought the price was final.' }),
        touchpoint({ id: 'ai-tp-bind', stageId: BUY, siloId: SALES, title: 'Policy bound and first premium paid', channel: 'web', initiator: 'customer', intent: 'sell', emotion: 1, day: 3 }),
        touchpoint({ id: 'ai-tp-first-bill', stageId: ONBOARD, siloId: BILLING, title: 'First invoice', channel: 'email', initiator: 'company', intent: 'bill', emotion: -1, day: 4, description: 'Arrives before the policy documents.' }),
        touchpoint({ id: 'ai-tp-welcome', stageId: ONBOARD, siloId: SERVICE, title: 'Welcome pack and policy documents', channel: 'mail', initiator: 'company', intent: 'onboard', emotion: 1, day: 5 }),
        touchpoint({ id: 'ai-tp-app-setup', stageId: ONBOARD, siloId: null, title: 'App account set-up', channel: 'app', initiator: 'customer', intent: 'onboard', emotion: 0, day: 7, description: 'Nobody owns the app journey since the digital team was disbanded.' }),
        touchpoint({ id: 'ai-tp-monthly-bill', stageId: USE, siloId: BILLING, title: 'Monthly direct-debit notice', channel: 'email', initiator: 'company', intent: 'bill', emotion: 0, day: 30 }),
        touchpoint({ id: 'ai-tp-missed-payment', stageId: USE, siloId: BILLING, title: 'Missed-payment text', channel: 'sms', initiator: 'company', intent: 'collect', emotion: -1, day: 62 }),
        touchpoint({ id: 'ai-tp-address-change', stageId: USE, siloId: SERVICE, title: 'Change of address call', channel: 'phone', initiator: 'customer', intent: 'support', emotion: -1, description: 'Takes three transfers to reach someone who can change the policy.' }),
        touchpoint({ id: 'ai-tp-cross-sell', stageId: USE, siloId: MARKETING, title: 'Home-insurance cross-sell offer', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0, day: 300 }),
        touchpoint({ id: 'ai-tp-fnol', stageId: CLAIM, siloId: CLAIMS, title: 'First notice of loss', channel: 'phone', initiator: 'customer', intent: 'support', emotion: -2, day: 180 }),
        touchpoint({ id: 'ai-tp-adjuster', stageId: CLAIM, siloId: CLAIMS, title: 'Adjuster visit', channel: 'in-person', initiator: 'company', intent: 'support', emotion: -1, day: 185 }),
        touchpoint({ id: 'ai-tp-claim-status', stageId: CLAIM, siloId: SERVICE, title: 'Claim status enquiry', channel: 'chat', initiator: 'customer', intent: 'support', emotion: -2, day: 190, description: 'Service cannot see the adjuster’s notes.' }),
        touchpoint({ id: 'ai-tp-payout', stageId: CLAIM, siloId: CLAIMS, title: 'Claim payment', channel: 'email', initiator: 'company', intent: 'inform', emotion: 1, day: 199 }),
        touchpoint({ id: 'ai-tp-cancel-notice', stageId: RENEW, siloId: ACTUARIAL, title: 'Non-renewal (cancellation) notice', channel: 'mail', initiator: 'company', intent: 'cancel', emotion: -2, day: 300, description: 'The risk model flags the property after the claim.' }),
        touchpoint({ id: 'ai-tp-renewal-notice', stageId: RENEW, siloId: BILLING, title: 'Renewal price notice', channel: 'email', initiator: 'company', intent: 'bill', emotion: -2, day: 330, description: 'Premium up 28% with no explanation.' }),
        touchpoint({ id: 'ai-tp-retention', stageId: RENEW, siloId: SALES, title: 'Retention call', channel: 'phone', initiator: 'company', intent: 'retain', emotion: 0, day: 335 }),
        touchpoint({ id: 'ai-tp-leave', stageId: RENEW, siloId: SERVICE, title: 'Customer cancels by phone', channel: 'phone', initiator: 'customer', intent: 'cancel', emotion: -1, day: 340 }),
      ],
      handoffs: [
        handoff('ai-handoff-quote-uw', 'ai-tp-quote-web', 'ai-tp-uw-questions', 'Referral to underwriting', null),
        handoff('ai-handoff-uw-bind', 'ai-tp-uw-questions', 'ai-tp-bind', 'Underwriting approval', UNDERWRITING),
        handoff('ai-handoff-bind-welcome', 'ai-tp-bind', 'ai-tp-welcome', 'Policy documents sent', null),
        handoff('ai-handoff-welcome-bill', 'ai-tp-welcome', 'ai-tp-first-bill', 'Payment schedule', BILLING),
        handoff('ai-handoff-fnol-adjuster', 'ai-tp-fnol', 'ai-tp-adjuster', 'Assign adjuster', CLAIMS),
        handoff('ai-handoff-status', 'ai-tp-claim-status', 'ai-tp-adjuster', 'Chase adjuster', SERVICE),
        handoff('ai-handoff-renewal-retention', 'ai-tp-renewal-notice', 'ai-tp-retention', 'Price objection to an agent', SALES),
      ],
      notes: [
        { id: 'ai-note-renewal-price', text: 'Who decides the renewal price: Billing or Actuarial?', color: '#fde68a', stageId: RENEW },
        { id: 'ai-note-agent', text: 'Do we even know which agent a customer has?', color: '#bfdbfe', stageId: null },
      ],
      comments: [],
      alignment: {
        question: 'Name the stages of our customer experience',
        answers: [
          { participant: 'Sales', items: ['Lead', 'Quote', 'Bind', 'Renewal'] },
          { participant: 'Claims', items: ['Policy', 'Loss', 'Claim', 'Settlement'] },
          { participant: 'Marketing', items: ['Awareness', 'Consideration', 'Purchase', 'Loyalty'] },
          { participant: 'Billing', items: ['Invoice', 'Payment', 'Arrears', 'Renewal'] },
        ],
        agreedAt: now,
      },
    }),
};

import { handoff, metric, templateMap, touchpoint, type JourneyTemplate } from './template-parts';

const MARKETING = 'rt-silo-marketing';
const ECOMMERCE = 'rt-silo-ecommerce';
const STORES = 'rt-silo-stores';
const FULFILMENT = 'rt-silo-fulfilment';
const CARE = 'rt-silo-care';
const FINANCE = 'rt-silo-finance';

const DISCOVER = 'rt-stage-discover';
const CHOOSE = 'rt-stage-choose';
const BUY = 'rt-stage-buy';
const DELIVER = 'rt-stage-deliver';
const USE = 'rt-stage-use';
const RETURN = 'rt-stage-return';
const COME_BACK = 'rt-stage-come-back';

/**
 * An omnichannel fashion purchase and return. Problems left in on purpose: "Browse & choose" and
 * "Return or exchange" are split with nobody accountable and single-silo metrics; "Deliver or collect"
 * has no metric; the courier is nobody's; the stock-check and store-refund hand-offs are unowned;
 * a "payment declined" email and a "complete the look" offer go out on the same day.
 */
export const RETAIL_TEMPLATE: JourneyTemplate = {
  id: 'retail-purchase-returns',
  name: 'Retail: purchase and returns',
  description:
    'An omnichannel fashion retailer, from an Instagram ad to a store return and a repeat order, with six silos.',
  create: (now) =>
    templateMap(now, {
      title: 'Retail: purchase and returns',
      customer: {
        name: 'Repeat fashion shopper',
        description:
          'Shops on the phone and in store, often orders two sizes and returns one, and expects the shop to know her whatever the channel.',
      },
      intendedMemory: 'Whatever happens, they make it right without a fight.',
      silos: [
        { id: MARKETING, name: 'Marketing', color: '#db2777', lead: 'Chloé Martin' },
        { id: ECOMMERCE, name: 'E-commerce', color: '#2563eb', lead: 'Raj Patel' },
        { id: STORES, name: 'Stores', color: '#16a34a', lead: 'Helen Brooks' },
        { id: FULFILMENT, name: 'Fulfilment & Logistics', color: '#ea580c', lead: 'Tom Kowalski' },
        { id: CARE, name: 'Customer Care', color: '#0891b2', lead: 'Aisha Bello' },
        { id: FINANCE, name: 'Finance', color: '#ca8a04', lead: '' },
      ],
      stages: [
        {
          id: DISCOVER,
          name: 'Discover',
          description: 'She notices the new range.',
          customerGoal: 'Find something that suits me',
          accountableSiloId: MARKETING,
          metrics: [
            metric({
              id: 'rt-metric-reach',
              name: 'Engaged reach',
              definition: 'People who clicked or saved a campaign post, per week',
              unit: 'people/week',
              direction: 'higher-is-better',
              target: 40_000,
              current: 31_500,
              ownerSiloIds: [MARKETING],
            }),
          ],
        },
        {
          id: CHOOSE,
          name: 'Browse & choose',
          description: 'Comparing items, sizes and availability online and in store.',
          customerGoal: 'Be sure it fits and is in stock',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'rt-metric-conversion',
              name: 'Product-page conversion',
              definition: 'Share of product-page visits that add the item to the basket',
              unit: '%',
              direction: 'higher-is-better',
              target: 8,
              current: 5.2,
              ownerSiloIds: [ECOMMERCE],
            }),
          ],
        },
        {
          id: BUY,
          name: 'Buy',
          description: 'Paying online or at the till.',
          customerGoal: 'Pay quickly and safely',
          accountableSiloId: ECOMMERCE,
          metrics: [
            metric({
              id: 'rt-metric-checkout',
              name: 'Checkout completion',
              definition: 'Share of started checkouts (online and at the till) that end in a paid order',
              unit: '%',
              direction: 'higher-is-better',
              target: 75,
              current: 68,
              ownerSiloIds: [ECOMMERCE, STORES, FINANCE, MARKETING],
            }),
          ],
        },
        {
          id: DELIVER,
          name: 'Deliver or collect',
          description: 'The order reaches her door or the store.',
          customerGoal: 'Get it when you said I would',
          accountableSiloId: FULFILMENT,
          metrics: [],
        },
        {
          id: USE,
          name: 'Wear & care',
          description: 'Living with the product.',
          customerGoal: 'It looks good and lasts',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'rt-metric-rating',
              name: 'Average review rating',
              definition: 'Mean star rating of reviews written within 30 days of purchase',
              unit: 'stars',
              direction: 'higher-is-better',
              target: 4.5,
              current: 4.1,
              ownerSiloIds: [MARKETING, CARE],
            }),
          ],
        },
        {
          id: RETURN,
          name: 'Return or exchange',
          description: 'Sending back what did not fit or broke.',
          customerGoal: 'Get my money back without a fight',
          accountableSiloId: null,
          metrics: [
            metric({
              id: 'rt-metric-refund-time',
              name: 'Refund time',
              definition: 'Days from the return being handed in to the refund reaching the card',
              unit: 'days',
              direction: 'lower-is-better',
              target: 5,
              current: 11,
              ownerSiloIds: [FINANCE],
            }),
            metric({
              id: 'rt-metric-return-reasons',
              name: 'Return reasons captured',
              definition: 'Share of returns with a reason code recorded',
              unit: '%',
              direction: 'higher-is-better',
              target: null,
              current: 46,
              ownerSiloIds: [],
            }),
          ],
        },
        {
          id: COME_BACK,
          name: 'Come back',
          description: 'Deciding whether to shop again.',
          customerGoal: 'Feel rewarded for staying',
          accountableSiloId: MARKETING,
          metrics: [
            metric({
              id: 'rt-metric-repeat',
              name: 'Repeat purchase within 90 days',
              definition: 'Share of first-time buyers who order again within 90 days, in any channel',
              unit: '%',
              direction: 'higher-is-better',
              target: 35,
              current: 27,
              ownerSiloIds: [MARKETING, ECOMMERCE, STORES],
            }),
          ],
        },
      ],
      touchpoints: [
        touchpoint({ id: 'rt-tp-social-ad', stageId: DISCOVER, siloId: MARKETING, title: 'Instagram ad for the spring range', channel: 'social', initiator: 'company', intent: 'sell', emotion: 1, day: 0 }),
        touchpoint({ id: 'rt-tp-newsletter', stageId: DISCOVER, siloId: MARKETING, title: 'Weekly newsletter', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0 }),
        touchpoint({ id: 'rt-tp-site-search', stageId: CHOOSE, siloId: ECOMMERCE, title: 'Site search and size filters', channel: 'web', initiator: 'customer', intent: 'inform', emotion: 0, day: 1 }),
        touchpoint({ id: 'rt-tp-stock-check', stageId: CHOOSE, siloId: STORES, title: 'In-store stock check', channel: 'in-person', initiator: 'customer', intent: 'inform', emotion: -1, day: 2, description: 'The website said “in stock”; the shelf was empty.' }),
        touchpoint({ id: 'rt-tp-size-chat', stageId: CHOOSE, siloId: CARE, title: 'Size advice chat', channel: 'chat', initiator: 'customer', intent: 'support', emotion: 1, day: 2 }),
        touchpoint({ id: 'rt-tp-checkout', stageId: BUY, siloId: ECOMMERCE, title: 'Online checkout', channel: 'web', initiator: 'customer', intent: 'sell', emotion: 0, day: 3 }),
        touchpoint({ id: 'rt-tp-till', stageId: BUY, siloId: STORES, title: 'Store till purchase', channel: 'in-person', initiator: 'customer', intent: 'sell', emotion: 1 }),
        touchpoint({ id: 'rt-tp-payment-declined', stageId: BUY, siloId: FINANCE, title: 'Card payment declined email', channel: 'email', initiator: 'company', intent: 'collect', emotion: -2, day: 3, description: 'Fraud rules reject first orders over £150.' }),
        touchpoint({ id: 'rt-tp-complete-look', stageId: BUY, siloId: MARKETING, title: 'Order confirmation with a “complete the look” offer', channel: 'email', initiator: 'company', intent: 'sell', emotion: -1, day: 3, description: 'Arrives an hour after the payment-declined email.' }),
        touchpoint({ id: 'rt-tp-dispatch', stageId: DELIVER, siloId: FULFILMENT, title: 'Dispatch text with tracking link', channel: 'sms', initiator: 'company', intent: 'inform', emotion: 1, day: 4 }),
        touchpoint({ id: 'rt-tp-click-collect', stageId: DELIVER, siloId: STORES, title: 'Click & collect pick-up', channel: 'in-person', initiator: 'customer', intent: 'other', emotion: 0, day: 5 }),
        touchpoint({ id: 'rt-tp-courier', stageId: DELIVER, siloId: null, title: 'Third-party courier delivery', channel: 'in-person', initiator: 'company', intent: 'other', emotion: -1, day: 6, description: 'The missed-delivery card gives no number to call us.' }),
        touchpoint({ id: 'rt-tp-where-order', stageId: DELIVER, siloId: CARE, title: '“Where is my order?” call', channel: 'phone', initiator: 'customer', intent: 'support', emotion: -2, day: 7 }),
        touchpoint({ id: 'rt-tp-care-tips', stageId: USE, siloId: MARKETING, title: 'Care-tips email', channel: 'email', initiator: 'company', intent: 'inform', emotion: 1, day: 10 }),
        touchpoint({ id: 'rt-tp-review-request', stageId: USE, siloId: MARKETING, title: 'Review request', channel: 'email', initiator: 'company', intent: 'survey', emotion: 0, day: 14 }),
        touchpoint({ id: 'rt-tp-faulty', stageId: USE, siloId: CARE, title: 'Faulty-zip report', channel: 'chat', initiator: 'customer', intent: 'support', emotion: -2, day: 20 }),
        touchpoint({ id: 'rt-tp-return-portal', stageId: RETURN, siloId: ECOMMERCE, title: 'Online returns portal', channel: 'web', initiator: 'customer', intent: 'support', emotion: -1, day: 21 }),
        touchpoint({ id: 'rt-tp-store-return', stageId: RETURN, siloId: STORES, title: 'Return at the store desk', channel: 'in-person', initiator: 'customer', intent: 'support', emotion: -1, day: 22, description: 'Store staff cannot see online orders, so the refund goes through Finance by hand.' }),
        touchpoint({ id: 'rt-tp-inspection', stageId: RETURN, siloId: FULFILMENT, title: 'Returned parcel inspected', channel: 'other', initiator: 'company', intent: 'other', day: 28 }),
        touchpoint({ id: 'rt-tp-refund', stageId: RETURN, siloId: FINANCE, title: 'Refund issued', channel: 'email', initiator: 'company', intent: 'bill', emotion: 1, day: 33 }),
        touchpoint({ id: 'rt-tp-sorry', stageId: RETURN, siloId: CARE, title: 'Apology voucher for the faulty zip', channel: 'email', initiator: 'company', intent: 'recover', emotion: 1, day: 34 }),
        touchpoint({ id: 'rt-tp-winback', stageId: COME_BACK, siloId: MARKETING, title: 'Win-back discount', channel: 'email', initiator: 'company', intent: 'sell', emotion: 0, day: 60 }),
        touchpoint({ id: 'rt-tp-loyalty', stageId: COME_BACK, siloId: MARKETING, title: 'Loyalty points statement', channel: 'app', initiator: 'company', intent: 'retain', emotion: 1, day: 90 }),
        touchpoint({ id: 'rt-tp-reorder', stageId: COME_BACK, siloId: ECOMMERCE, title: 'Repeat order in the app', channel: 'app', initiator: 'customer', intent: 'sell', emotion: 1, day: 95 }),
      ],
      handoffs: [
        handoff('rt-handoff-stock', 'rt-tp-site-search', 'rt-tp-stock-check', 'Check stock in store', null),
        handoff('rt-handoff-order', 'rt-tp-checkout', 'rt-tp-dispatch', 'Order to warehouse', FULFILMENT),
        handoff('rt-handoff-courier', 'rt-tp-dispatch', 'rt-tp-courier', 'Parcel to courier', FULFILMENT),
        handoff('rt-handoff-missed', 'rt-tp-courier', 'rt-tp-where-order', 'Missed delivery', null),
        handoff('rt-handoff-return-label', 'rt-tp-faulty', 'rt-tp-return-portal', 'Send a return label', CARE),
        handoff('rt-handoff-store-refund', 'rt-tp-store-return', 'rt-tp-refund', 'Manual refund request', null),
        handoff('rt-handoff-inspection', 'rt-tp-inspection', 'rt-tp-refund', 'Inspection passed', FINANCE),
      ],
      notes: [
        { id: 'rt-note-store-orders', text: 'When can stores see online orders?', color: '#fde68a', stageId: RETURN },
        { id: 'rt-note-courier', text: 'Who pays when the courier fails: Fulfilment or Care?', color: '#fbcfe8', stageId: null },
      ],
      comments: [],
      alignment: null,
    }),
};

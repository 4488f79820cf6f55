import fc from 'fast-check';
import type { Emotion, Handoff, Intent, JourneyMap, Metric, Stage, Touchpoint } from '../../../../shared/model';
import { journeyMap, silo } from './map-builder';

/**
 * Small valid maps biased towards what the diagnosis looks for: few silos and stages, few distinct days,
 * mostly company messages that sell, cancel or collect, many unaccountable stages. Ids are numbered in a
 * shuffled order so that array order and alphabetical order disagree.
 */
export function analysisMapArbitrary(): fc.Arbitrary<JourneyMap> {
  const intent = fc.constantFrom<Intent>('sell', 'sell', 'sell', 'cancel', 'cancel', 'collect', 'recover', 'inform');
  const rawTouchpoint = fc.record({
    key: fc.integer({ min: 0, max: 999 }),
    stageRef: fc.nat(),
    siloRef: fc.option(fc.nat(), { freq: 6 }),
    initiator: fc.constantFrom<Touchpoint['initiator']>('company', 'company', 'company', 'customer'),
    intent,
    emotion: fc.option(fc.constantFrom<Emotion>(-2, -1, 0, 1, 2)),
    day: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 2 }),
  });
  const rawMetric = fc.record({
    target: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
    current: fc.option(fc.integer({ min: 0, max: 10 })),
    direction: fc.constantFrom<Metric['direction']>('higher-is-better', 'lower-is-better'),
    ownerRefs: fc.array(fc.nat(), { maxLength: 4 }),
  });
  const rawStage = fc.record({
    key: fc.integer({ min: 0, max: 999 }),
    accountableRef: fc.option(fc.nat(), { freq: 2 }),
    metrics: fc.array(rawMetric, { maxLength: 3 }),
  });
  const rawHandoff = fc.record({ fromRef: fc.nat(), step: fc.nat(), ownerRef: fc.option(fc.nat(), { freq: 3 }) });

  return fc
    .record({
      siloCount: fc.integer({ min: 1, max: 5 }),
      stages: fc.uniqueArray(rawStage, { maxLength: 4, selector: (raw) => raw.key }),
      touchpoints: fc.uniqueArray(rawTouchpoint, { maxLength: 30, size: 'medium', selector: (raw) => raw.key }),
      handoffs: fc.array(rawHandoff, { maxLength: 8 }),
    })
    .map((raw) => {
      const silos = Array.from({ length: raw.siloCount }, (_, i) => silo(`silo-${String.fromCharCode(122 - i)}`, `Silo ${i}`));
      const siloAt = (ref: number): string => silos[ref % silos.length]?.id ?? '';
      let metricCount = 0;
      const stages: Stage[] = raw.stages.map((rawStage) => ({
        id: `stage-${rawStage.key}`,
        name: `Stage ${rawStage.key}`,
        description: '',
        customerGoal: '',
        accountableSiloId: rawStage.accountableRef === null ? null : siloAt(rawStage.accountableRef),
        metrics: rawStage.metrics.map((rawMetric) => ({
          id: `metric-${rawStage.key}-${metricCount++}`,
          name: `Metric ${metricCount}`,
          definition: '',
          unit: '%',
          direction: rawMetric.direction,
          target: rawMetric.target,
          current: rawMetric.current,
          ownerSiloIds: [...new Set(rawMetric.ownerRefs.map(siloAt))],
        })),
      }));
      const touchpoints: Touchpoint[] =
        stages.length === 0
          ? []
          : raw.touchpoints.map((rawTouchpoint) => ({
              id: `tp-${rawTouchpoint.key}`,
              title: `Touchpoint ${rawTouchpoint.key}`,
              stageId: stages[rawTouchpoint.stageRef % stages.length]?.id ?? '',
              siloId: rawTouchpoint.siloRef === null ? null : siloAt(rawTouchpoint.siloRef),
              channel: 'email',
              initiator: rawTouchpoint.initiator,
              intent: rawTouchpoint.intent,
              emotion: rawTouchpoint.emotion,
              day: rawTouchpoint.day,
              description: '',
            }));
      const handoffs: Handoff[] =
        touchpoints.length < 2
          ? []
          : raw.handoffs.map((rawHandoff, i) => {
              const from = rawHandoff.fromRef % touchpoints.length;
              const to = (from + 1 + (rawHandoff.step % (touchpoints.length - 1))) % touchpoints.length;
              return {
                id: `handoff-${(i * 7) % 10}-${i}`,
                fromTouchpointId: touchpoints[from]?.id ?? '',
                toTouchpointId: touchpoints[to]?.id ?? '',
                label: '',
                ownerSiloId: rawHandoff.ownerRef === null ? null : siloAt(rawHandoff.ownerRef),
              };
            });
      return journeyMap({ silos, stages, touchpoints, handoffs });
    });
}

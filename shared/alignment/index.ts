export { compactAnswer, normalizeAnswer, sameAnswer, singularize } from './normalize-answer';
export { alignmentSpread, groupAnswers, type AlignmentSpread, type AnswerGroup } from './group-answers';
export { parseAnswerList } from './parse-answer-list';

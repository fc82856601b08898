/** The tag suggester's public surface, for the background service and the options page. */
export { createModel, trainBatch, learnExample, DEFAULT_CONFIG, type ClassifierConfig, type TagModel, type TrainingItem } from './classifier';
export { parseDataset, formatOfFileName, type DatasetItem, type DatasetFormat, type DialogueMessage, type ParseResult, type ParseOptions } from './dataset';
export { serializeModel, deserializeModel, type SerializedModel } from './model-codec';
export { suggestTags, rankTags, learnFromDialogue, customerTexts, CONFIDENCE_THRESHOLD, type SuggestOptions } from './suggester';
export { compileVocabulary, matchVocabulary, type RuleMatch } from './rules';
export { tokenize, type Token } from './tokenizer';

using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>A sentence of a CoNLL-style NER file: its tokens and their gold tags, as written.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<BioTag> Tags);

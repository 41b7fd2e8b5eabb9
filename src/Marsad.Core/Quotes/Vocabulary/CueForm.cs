namespace Marsad.Quotes.Vocabulary;

/// <summary>The grammatical form of a cue word, which decides where its speaker is written.</summary>
internal enum CueForm
{
    /// <summary>قال، أكدت، يقول: the subject follows (or, in a headline order, precedes) the verb.</summary>
    Verb,

    /// <summary>مضيفا، مشيرة، قائلا: no subject of its own; the speaker of its sentence, or the last speaker.</summary>
    Participle,

    /// <summary>بالقول، بقوله: a verbal noun of saying; the speaker is the last speaker.</summary>
    Noun,

    /// <summary>قيل: nobody is named.</summary>
    Passive,
}

namespace Marsad.Quotes.Vocabulary;

/// <summary>What a speech cue can introduce: reported content after أن/إن, words in quote marks or after a colon, or both.</summary>
[Flags]
internal enum CueUse
{
    /// <summary>Speaks without introducing a quotation (دعا، رحب، ألقى كلمة): it only says who is speaking.</summary>
    None = 0,

    /// <summary>أكد أن ...: reported content after a complementizer.</summary>
    Reported = 1,

    /// <summary>قال: «...»: the speaker's own words, in quote marks or after a colon.</summary>
    Words = 2,

    Both = Reported | Words,
}

namespace Marsad.Quotes;

/// <summary>
/// A quotation found in an article: the quoted content (<c>[Start, End)</c> in the display text: the words inside the
/// quote marks, or the reported clause after أن/إن), whether it is the speaker's own words, and who said it.
/// </summary>
/// <param name="Direct">True for the speaker's own words (quote marks, a colon), false for reported speech.</param>
/// <param name="Speaker">As shown: a person's fullest name in the article (مصطفى الكاظمي for الكاظمي, رئيس الوزراء
/// العراقي or وأضاف), else the institution, group, source or title as written; null when nobody is named.</param>
/// <param name="SpeakerKey">A key that variants of one speaker share across articles (see <see cref="ISpeakerKeys"/>).</param>
/// <param name="SpeakerStart">Where the speaker is written at its cue, or at the mention a continuation goes back to.</param>
public sealed record Quotation(
    int Start,
    int End,
    string Text,
    bool Direct,
    string? Speaker,
    string? SpeakerKey,
    SpeakerKind SpeakerKind,
    SpeakerCue SpeakerCue,
    int? SpeakerStart,
    int? SpeakerEnd);

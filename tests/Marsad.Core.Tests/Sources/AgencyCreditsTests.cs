using Marsad.Sources;
using Marsad.Sources.Vocabulary;

namespace Marsad.Tests.Sources;

public sealed class AgencyCreditsTests
{
    public static TheoryData<string, string> EverySpelling()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, spellings) in NewsAgencies.All)
        {
            foreach (var spelling in spellings.Where(s => s.Contains(' ', StringComparison.Ordinal) || s.Length > 3))
            {
                data.Add(spelling, name);
            }
        }
        return data;
    }

    /// <summary>Every spelling is found as written, with diacritics or tatweel, and in another case: the words are
    /// passed over by their folded hash before they are folded, so the hash must agree with the folding.</summary>
    [Theory]
    [MemberData(nameof(EverySpelling))]
    public void A_credit_in_brackets_is_found_in_every_spelling(string spelling, string agency)
    {
        Assert.Equal(agency, AgencyCredits.Find($"وصل الوفد إلى العاصمة أمس ({spelling}) وبدأ محادثاته."));
        Assert.Equal(agency, AgencyCredits.Find($"وصل الوفد إلى العاصمة أمس ({spelling.ToUpperInvariant()}) وبدأ محادثاته."));
    }

    [Theory]
    [InlineData("نقلا عن رويـترز", "رويترز")]
    [InlineData("بحسب وكالة الأنباء السعوديّة", "واس")]
    [InlineData("ذكرت الفرنسيةُ أن", "أ ف ب")]
    public void A_credit_after_a_cue_is_found_however_it_is_written(string text, string agency) =>
        Assert.Equal(agency, AgencyCredits.Find($"وصل الوفد {text} المحادثات بدأت."));

    [Theory]
    [InlineData("قال متحدث إن رويترز نشرت الخبر أولا.")]
    [InlineData("وصل الوفد إلى العاصمة أمس وبدأ محادثاته.")]
    public void A_story_that_only_mentions_an_agency_is_not_credited(string text) =>
        Assert.Null(AgencyCredits.Find(text));
}

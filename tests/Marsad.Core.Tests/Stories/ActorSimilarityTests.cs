using Marsad.Analysis;
using Marsad.Stories;

namespace Marsad.Tests.Stories;

/// <summary>Look-alike reports about different people: a member naming others counts for less.</summary>
public sealed class ActorSimilarityTests
{
    private static TermVector Vector(params string[] terms) => TermVector.From(terms.Select(t => KeyValuePair.Create(t, 1f)), 64);

    private static EventState EventOf(TermVector member)
    {
        var state = new EventState("e", "s");
        state.Remember(member);
        return state;
    }

    [Fact]
    public void A_member_naming_someone_else_counts_for_less()
    {
        var reception = EventOf(Vector("استقبل", "عيد", "تهنئ", "per:الفلاني"));
        var other = Vector("استقبل", "عيد", "تهنئ", "per:العلاني");
        Assert.Equal(reception.AverageSimilarity(other) * 0.5f, reception.AverageSimilarity(other, ActorTerms.Of(other), 0.5f), 5);
    }

    [Fact]
    public void Sharing_an_actor_or_naming_none_changes_nothing()
    {
        var meeting = EventOf(Vector("لقاء", "بحث", "per:الكظم", "org:الحكومة"));
        var same = Vector("لقاء", "بحث", "per:الكظم");
        var nobody = Vector("لقاء", "بحث", "تعاون");
        Assert.Equal(meeting.AverageSimilarity(same), meeting.AverageSimilarity(same, ActorTerms.Of(same), 0.5f));
        Assert.Equal(meeting.AverageSimilarity(nobody), meeting.AverageSimilarity(nobody, ActorTerms.Of(nobody), 0.5f));
    }
}

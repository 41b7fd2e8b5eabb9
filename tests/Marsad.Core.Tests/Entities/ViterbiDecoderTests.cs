using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class ViterbiDecoderTests
{
    private static readonly float[] NoTransitions = new float[Transitions.Size];

    private static BioTag[] Decode(params BioTag[] favourites)
    {
        var emissions = new float[favourites.Length * BioTags.Count];
        for (var i = 0; i < favourites.Length; i++)
        {
            emissions[(i * BioTags.Count) + (int)favourites[i]] = 5;
        }
        var best = new BioTag[favourites.Length];
        ViterbiDecoder.Decode(emissions, favourites.Length, NoTransitions, best, new ViterbiScratch());
        return best;
    }

    [Fact]
    public void Follows_the_emissions_when_they_are_well_formed() =>
        Assert.Equal([BioTag.BeginPerson, BioTag.InsidePerson, BioTag.Outside],
            Decode(BioTag.BeginPerson, BioTag.InsidePerson, BioTag.Outside));

    [Fact]
    public void Never_emits_an_I_tag_that_continues_nothing()
    {
        var best = Decode(BioTag.Outside, BioTag.InsideLocation, BioTag.InsideOrganization);
        var previous = BioTag.Outside;
        foreach (var tag in best)
        {
            Assert.True(BioTags.CanFollow(previous, tag), $"{previous} → {tag}");
            previous = tag;
        }
    }

    [Fact]
    public void Transitions_weigh_in()
    {
        // Token 1 slightly prefers O, but B-PER → I-PER is strongly rewarded.
        var emissions = new float[2 * BioTags.Count];
        emissions[(int)BioTag.BeginPerson] = 5;
        emissions[BioTags.Count + (int)BioTag.Outside] = 1;
        var transitions = new float[Transitions.Size];
        transitions[Transitions.Index((int)BioTag.BeginPerson, (int)BioTag.InsidePerson)] = 3;
        var best = new BioTag[2];
        ViterbiDecoder.Decode(emissions, 2, transitions, best, new ViterbiScratch());
        Assert.Equal([BioTag.BeginPerson, BioTag.InsidePerson], best);
    }

    [Fact]
    public void An_empty_sentence_decodes_to_nothing() => Assert.Empty(Decode());
}

using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Tests.Entities;

public sealed class EntityGazetteerTests
{
    private static readonly EntityGazetteer Gazetteer = new(
    [
        new GazetteerEntry(["واشنطن"], EntityType.Location),
        new GazetteerEntry(["مصطفي", "الكاظمي"], EntityType.Person),
        new GazetteerEntry(["الامم", "المتحده"], EntityType.Organization),
        new GazetteerEntry(["الامم"], EntityType.Miscellaneous),
    ]);

    private static (byte[] Begins, byte[] Insides) Match(string sentence, bool withRoles = false)
    {
        var words = sentence.Split(' ').Select(w => ArabicFolder.Fold(w)).ToArray();
        var hashes = words.Select(w => FeatureHash.Of(w)).ToArray();
        var stripped = words.Select(w =>
        {
            Span<char> target = stackalloc char[w.Length + 1];
            return FeatureHash.Of(target[..Proclitics.Strip(w, target)]);
        }).ToArray();
        var begins = new byte[words.Length];
        var insides = new byte[words.Length];
        var roles = withRoles
            ? hashes.Select((hash, i) => (byte)(Gazetteer.RolesOfWord(hash) | Gazetteer.RolesOfWord(stripped[i]))).ToArray()
            : [];
        Gazetteer.Match(hashes, stripped, begins, insides, roles);
        return (begins, insides);
    }

    [Theory]
    [InlineData("بين بغداد وواشنطن")]
    [InlineData("قال مصطفى الكاظمي في الأمم المتحدة")]
    [InlineData("الكاظمي والأمم المتحدة ومصطفى الكاظمي الأمم")]
    public void Matches_the_same_when_told_which_words_begin_no_name(string sentence)
    {
        var (begins, insides) = Match(sentence, withRoles: true);
        Assert.Equal(Match(sentence).Begins, begins);
        Assert.Equal(Match(sentence).Insides, insides);
        Assert.Contains(begins, types => types != 0);
    }

    [Fact]
    public void Matches_a_name_with_a_conjunction_attached()
    {
        var (begins, _) = Match("بين بغداد وواشنطن");
        Assert.Equal([0, 0, EntityGazetteer.TypeMask(EntityType.Location)], begins);
    }

    [Fact]
    public void Prefers_the_longest_match_and_marks_its_inside()
    {
        var (begins, insides) = Match("قال مصطفى الكاظمي في الأمم المتحدة");
        Assert.Equal(EntityGazetteer.TypeMask(EntityType.Person), begins[1]);
        Assert.Equal(EntityGazetteer.TypeMask(EntityType.Person), insides[2]);
        Assert.Equal(EntityGazetteer.TypeMask(EntityType.Organization), begins[4]);
        Assert.Equal(EntityGazetteer.TypeMask(EntityType.Organization), insides[5]);
    }

    [Fact]
    public void Knows_how_words_appear_in_names()
    {
        var roles = Gazetteer.RolesOfWord(FeatureHash.Of("الكاظمي"));
        Assert.Equal(EntityGazetteer.TypeMask(EntityType.Person) << 4, roles); // continues a person's name
    }
}

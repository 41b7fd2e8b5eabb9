using Marsad.Entities.Keys;
using Marsad.Tests.Support;

namespace Marsad.Tests.Entities;

public sealed class EntityKeyTests
{
    public static IEnumerable<object[]> Rows => MarkdownTable.Read("entities/keys.md").Select(r => new object[] { r.Line });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Variants_share_a_key_and_others_do_not(int line)
    {
        var row = MarkdownTable.Read("entities/keys.md").Single(r => r.Line == line);
        Func<string, string> key = row["type"] switch
        {
            "person" => EntityKeyer.Person,
            "place" => EntityKeyer.Place,
            _ => EntityKeyer.Organization,
        };
        var same = key(row["first"]) == key(row["second"]);
        Assert.True(same == (row["same"] == "yes"), $"{row["first"]} / {row["second"]}: {key(row["first"])} vs {key(row["second"])}");
    }

    [Fact]
    public void Keys_carry_their_type() =>
        Assert.NotEqual(EntityKeyer.Person("الأردن"), EntityKeyer.Place("الأردن"));
}

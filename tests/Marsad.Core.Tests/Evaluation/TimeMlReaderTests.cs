using Marsad.Evaluation.Dates;

namespace Marsad.Tests.Evaluation;

public sealed class TimeMlReaderTests
{
    private const string Sample = """
        <?xml version="1.0"?>
        <!DOCTYPE TimeML SYSTEM "TimeML.dtd">
        <TimeML>
        ﻿يغادر <TIMEX3 tid="t1" type="DATE" value="2015-12-25">غدا الاثنين</TIMEX3> الى البحرين &amp; يعود <EVENT eid="e1">بعد</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2D">يومين</TIMEX3>.
        </TimeML>
        """;

    [Fact]
    public void Offsets_point_into_the_text_without_tags_entities_or_byte_order_mark()
    {
        var document = TimeMlReader.Read("sample", Sample);
        Assert.DoesNotContain('\uFEFF', document.Text);
        Assert.DoesNotContain('<', document.Text);
        Assert.Contains("البحرين & يعود بعد يومين.", document.Text, StringComparison.Ordinal);
        Assert.Collection(document.Timexes,
            t => Assert.Equal(("غدا الاثنين", "DATE", "2015-12-25"), (document.Text[t.Start..t.End], t.Type, t.Value)),
            t => Assert.Equal(("يومين", "DURATION", "P2D"), (document.Text[t.Start..t.End], t.Type, t.Value)));
    }
}

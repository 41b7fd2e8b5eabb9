using System.Text;
using System.Xml;

namespace Marsad.Evaluation.Dates;

/// <summary>
/// Reads TimeML files: the text inside <c>&lt;TimeML&gt;</c> with every tag removed (TIMEX3, and EVENT or SIGNAL
/// should a file have them), entities decoded, byte-order marks dropped; each TIMEX3 becomes offsets into that
/// plain text. Both systems are run on exactly this text, so their offsets and the annotators' agree.
/// </summary>
public static class TimeMlReader
{
    private const char ByteOrderMark = '\uFEFF';

    public static IReadOnlyList<TimeMlDocument> ReadFolder(DirectoryInfo folder) =>
        folder.GetFiles("*.tml")
            .OrderBy(file => NaturalKey(file.Name), StringComparer.Ordinal)
            .Select(file => Read(Path.GetFileNameWithoutExtension(file.Name), File.ReadAllText(file.FullName, Encoding.UTF8)))
            .ToList();

    public static TimeMlDocument Read(string name, string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        var open = new Stack<(int Start, string Type, string? Value)>();
        var inside = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TimeML":
                    inside = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TimeML":
                    inside = false;
                    break;
                case XmlNodeType.Element when inside && reader.LocalName == "TIMEX3":
                    var opened = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value"));
                    if (reader.IsEmptyElement)
                    {
                        break;
                    }
                    open.Push(opened);
                    break;
                case XmlNodeType.EndElement when inside && reader.LocalName == "TIMEX3" && open.Count > 0:
                    var (start, type, value) = open.Pop();
                    timexes.Add(new TimexAnnotation(start, text.Length, text.ToString(start, text.Length - start), type, value));
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA
                    when inside:
                    foreach (var c in reader.Value)
                    {
                        if (c != ByteOrderMark)
                        {
                            text.Append(c);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new TimeMlDocument(name, text.ToString(), timexes);
    }

    /// <summary>doc2 before doc10.</summary>
    private static string NaturalKey(string name)
    {
        var digits = new string(name.Where(char.IsAsciiDigit).ToArray());
        return digits.PadLeft(8, '0') + name;
    }
}

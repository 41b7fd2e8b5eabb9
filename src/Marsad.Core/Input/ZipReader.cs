using System.IO.Compression;

namespace Marsad.Input;

/// <summary>
/// Reads the articles in a zip file, entry by entry. A corrupt entry is reported by name and skipped; the other
/// entries are still read. An entry's id is its path inside the zip, without extension.
/// </summary>
public static class ZipReader
{
    public static IEnumerable<InputItem> Read(Stream stream, string origin)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException error)
        {
            return [new InputProblem(origin, $"not a readable zip file ({error.Message.TrimEnd('.')})")];
        }
        return ReadEntries(archive, origin);
    }

    private static IEnumerable<InputItem> ReadEntries(ZipArchive archive, string origin)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/') || IsHidden(entry.FullName))
                {
                    continue;
                }
                var format = InputFormats.Of(entry.FullName);
                if (format is InputFormat.Unsupported or InputFormat.Zip)
                {
                    continue;
                }
                var entryOrigin = $"{origin}!{entry.FullName}";
                foreach (var item in ReadEntry(entry, format, entryOrigin))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// Streams one entry's articles. Corruption can surface anywhere, even at the very end (a CRC mismatch):
    /// the articles before it are kept, and the message says how far the entry got.
    /// </summary>
    private static IEnumerable<InputItem> ReadEntry(ZipArchiveEntry entry, InputFormat format, string origin)
    {
        Stream stream;
        IEnumerator<InputItem> items;
        try
        {
            stream = entry.Open();
            items = ArticleFileReader.Read(stream, format, Path.ChangeExtension(entry.FullName, null), origin, entry.Length)
                .GetEnumerator();
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            return [Corrupt(origin, error, 0)];
        }
        return Drain(stream, items, origin);
    }

    private static IEnumerable<InputItem> Drain(Stream stream, IEnumerator<InputItem> items, string origin)
    {
        using (stream)
        using (items)
        {
            var read = 0;
            while (true)
            {
                InputItem? failure = null;
                try
                {
                    if (!items.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception error) when (error is InvalidDataException or IOException)
                {
                    failure = Corrupt(origin, error, read);
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                read++;
                yield return items.Current;
            }
        }
    }

    private static InputProblem Corrupt(string origin, Exception error, int read) => new(origin,
        $"corrupt zip entry ({error.Message.TrimEnd('.')}); " +
        (read == 0 ? "nothing was read from it" : $"the {read} item(s) before the damage were read, the rest skipped"));

    private static bool IsHidden(string path) =>
        path.Split('/').Any(part => part.StartsWith('.') || part.Equals("__MACOSX", StringComparison.Ordinal));
}

namespace Marsad.Input;

/// <summary>
/// Walks what the user named on the command line (files, folders searched recursively, or <c>-</c> for
/// JSON Lines on standard input) and yields articles and problems in a stable order. It knows the total size
/// up front and counts bytes as they are read, so a progress bar can show rate and time left.
/// </summary>
public sealed class InputWalker
{
    public const string StandardInput = "-";

    private readonly List<(string Path, string Id, InputFormat Format, long Length)> files = [];
    private readonly List<InputProblem> missing = [];
    private readonly bool readsStandardInput;
    private readonly Func<Stream>? openStandardInput;
    private long bytesRead;

    public InputWalker(IEnumerable<string> paths, Func<Stream>? openStandardInput = null)
    {
        this.openStandardInput = openStandardInput;
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                readsStandardInput = true;
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path);
            }
            else if (File.Exists(path))
            {
                var format = InputFormats.Of(path);
                if (format == InputFormat.Unsupported)
                {
                    missing.Add(new InputProblem(path, $"unsupported file type; Marsad reads {InputFormats.Supported}"));
                }
                else
                {
                    files.Add((path, Path.GetFileNameWithoutExtension(path), format, new FileInfo(path).Length));
                }
            }
            else
            {
                missing.Add(new InputProblem(path, "no such file or folder"));
            }
        }
        TotalBytes = files.Sum(f => f.Length);
    }

    /// <summary>How many files were found (standard input not counted).</summary>
    public int FileCount => files.Count;

    /// <summary>The size of all input files together; standard input adds nothing (its size is unknown).</summary>
    public long TotalBytes { get; }

    /// <summary>Bytes read so far, never more than <see cref="TotalBytes"/>.</summary>
    public long BytesRead => Math.Min(Interlocked.Read(ref bytesRead), TotalBytes);

    public IEnumerable<InputItem> Items()
    {
        foreach (var problem in missing)
        {
            yield return problem;
        }
        foreach (var (path, id, format, length) in files)
        {
            var before = Interlocked.Read(ref bytesRead);
            foreach (var item in ReadFile(path, id, format, length))
            {
                yield return item;
            }
            Interlocked.Exchange(ref bytesRead, before + length);
        }
        if (readsStandardInput && openStandardInput is null)
        {
            yield return new InputProblem("stdin", "standard input is not available here");
        }
        else if (readsStandardInput)
        {
            foreach (var item in JsonLinesReader.Read(openStandardInput!(), "stdin"))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<InputItem> ReadFile(string path, string id, InputFormat format, long length)
    {
        Stream stream;
        try
        {
            stream = new CountingStream(
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16),
                read => Interlocked.Add(ref bytesRead, read));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [new InputProblem(path, $"cannot be read ({error.Message.TrimEnd('.')})")];
        }
        return format == InputFormat.Zip
            ? ZipReader.Read(stream, path)
            : DisposeAfter(stream, ArticleFileReader.Read(stream, format, id, path, length));
    }

    private static IEnumerable<InputItem> DisposeAfter(Stream stream, IEnumerable<InputItem> items)
    {
        using (stream)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private void AddFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };
        var found = Directory.EnumerateFiles(folder, "*", options)
            .Where(f => InputFormats.Of(f) != InputFormat.Unsupported && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in found)
        {
            var relative = Path.GetRelativePath(folder, file);
            var id = Path.ChangeExtension(relative, null).Replace(Path.DirectorySeparatorChar, '/');
            files.Add((file, id, InputFormats.Of(file), new FileInfo(file).Length));
        }
    }
}

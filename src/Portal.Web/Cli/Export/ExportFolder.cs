using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Cli.Export;

/// <summary>
/// The export's folder: written in full beside OUT (<c>.OUT.export-new</c>) and swapped in only when complete, so that OUT
/// is always a whole export, the previous one until the new one is done. Every file gets a fixed time and its checksum.
/// </summary>
public sealed class ExportFolder
{
    public const string MarkerName = ".portal-export";
    public const string ChecksumsName = "SHA256SUMS";

    private const string MarkerText = "A static copy of the portal, written by `Portal.Web export`. The next export replaces this folder as a whole.\n";

    private readonly string target;
    private readonly string staging;
    private readonly string previous;
    private readonly Dictionary<string, DateTime> times = new(StringComparer.Ordinal);

    private ExportFolder(string target)
    {
        this.target = target;
        var parent = Path.GetDirectoryName(target) ?? throw new CommandException($"{target} is a root folder: choose a folder inside one.");
        var name = Path.GetFileName(target);
        staging = Path.Combine(parent, $".{name}.export-new");
        previous = Path.Combine(parent, $".{name}.export-old");
    }

    /// <summary>Checks that OUT may be replaced and makes the folder the export is written in.</summary>
    public static ExportFolder Prepare(string target, bool force)
    {
        if (File.Exists(target))
        {
            throw new CommandException($"{target} is a file: give a folder for the export.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, MarkerName)) && !force)
        {
            throw new CommandException(
                $"{target} exists and is not an earlier export (it has no {MarkerName} file): give an empty or new folder, or --force to replace it.");
        }

        var folder = new ExportFolder(target);
        Attempt(folder.staging, () =>
        {
            // What an interrupted export left behind; anything else in its place stays and fails the export.
            if (Directory.Exists(folder.staging))
            {
                Directory.Delete(folder.staging, recursive: true);
            }

            Directory.CreateDirectory(folder.staging);
        });
        return folder;
    }

    /// <param name="file">A path relative to the export's root, with "/" between folders.</param>
    public void Write(string file, byte[] bytes, DateTime modifiedUtc)
    {
        var path = Path.Combine(staging, file);
        Attempt(path, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        });
        times[file] = modifiedUtc;
    }

    /// <summary>Adds the marker and SHA256SUMS, fixes every time, and puts the export in OUT's place; returns its files and bytes.</summary>
    public (int Files, long Bytes) Publish(DateTime modifiedUtc)
    {
        Write(MarkerName, Encoding.UTF8.GetBytes(MarkerText), modifiedUtc);
        Write(ChecksumsName, Checksums(), modifiedUtc);
        SetTimes(modifiedUtc);
        var bytes = times.Keys.Sum(file => new FileInfo(Path.Combine(staging, file)).Length);
        Swap();
        return (times.Count, bytes);
    }

    /// <summary>Removes what was written; OUT is left as it was.</summary>
    public void Abandon()
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next export to clear; OUT is untouched either way.
        }
    }

    /// <summary>Each file's SHA-256 as sha256sum writes them: "hash  path", paths from the export's root, sorted.</summary>
    private byte[] Checksums()
    {
        var lines = new StringBuilder();
        foreach (var file in times.Keys.Order(StringComparer.Ordinal))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(staging, file))));
            lines.Append(hash).Append("  ").Append(file).Append('\n');
        }

        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    // Fixed times (the content's last change), so that an unchanged export looks unchanged to rsync too.
    private void SetTimes(DateTime folderTime)
    {
        foreach (var (file, time) in times)
        {
            File.SetLastWriteTimeUtc(Path.Combine(staging, file), time);
        }

        foreach (var folder in Directory.EnumerateDirectories(staging, "*", SearchOption.AllDirectories).Append(staging))
        {
            Directory.SetLastWriteTimeUtc(folder, folderTime);
        }
    }

    private void Swap()
    {
        if (!Directory.Exists(target))
        {
            Attempt(target, () => Directory.Move(staging, target));
            return;
        }

        Attempt(previous, () =>
        {
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }

            Directory.Move(target, previous);
        });
        try
        {
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(previous, target);
            throw new CommandException($"Could not write {target}: {e.Message}");
        }

        Attempt(previous, () => Directory.Delete(previous, recursive: true));
    }

    /// <summary>Turns a file system failure (disk full, no permission, a file where a folder must go) into a message naming the path.</summary>
    private static void Attempt(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"Could not write {path}: {e.Message}");
        }
    }
}

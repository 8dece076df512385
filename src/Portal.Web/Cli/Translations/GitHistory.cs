using System.Diagnostics;
using System.Text;

namespace Portal.Web.Cli.Translations;

/// <summary>
/// An earlier version of a file, by its blob hash, from the git repository the file is in. The <c>git</c> program is called
/// rather than a git library: it is there wherever the repository is cloned, and reads every object format and pack git writes.
/// </summary>
public static class GitHistory
{
    /// <summary>The blob's text, or null when the folder is not in a git repository, git is not installed, or the blob is not in it.</summary>
    public static async Task<string?> ReadBlobAsync(string folder, string hash, CancellationToken cancellationToken)
    {
        if (!TranslatedFromStamp.IsBlobHash(hash))
        {
            return null;
        }

        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-C", folder, "cat-file", "blob", hash })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = git.StandardError.ReadToEndAsync(cancellationToken);
            await git.WaitForExitAsync(cancellationToken);
            await errors;
            return git.ExitCode == 0 ? await output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git program
        }
    }
}

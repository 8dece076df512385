using System.Text;
using Portal.Web.Areas.Admin.Translations;

namespace Portal.Web.Cli.Translations;

/// <summary>A word diff as a terminal or a CI log shows it: the changed lines only, <c>[-deleted-]{+inserted+}</c> as git's --word-diff.</summary>
public static class DiffText
{
    /// <returns>Each changed line of the new text with its number.</returns>
    public static IReadOnlyList<string> ChangedLines(IReadOnlyList<DiffSegment> diff)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var changed = false;
        var number = 1;
        foreach (var segment in diff)
        {
            if (segment.Kind == DiffKind.Deleted)
            {
                // Lines are the new text's: a deleted line break shows as ↵ on the line the two were joined into.
                line.Append("[-").Append(segment.Text.Replace("\n", "↵", StringComparison.Ordinal)).Append("-]");
                changed = true;
                continue;
            }

            var parts = segment.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    changed |= segment.Kind == DiffKind.Inserted;
                    Flush();
                }

                if (parts[i].Length > 0)
                {
                    line.Append(segment.Kind == DiffKind.Inserted ? $"{{+{parts[i]}+}}" : parts[i]);
                    changed |= segment.Kind == DiffKind.Inserted;
                }
            }
        }

        Flush();
        return lines;

        void Flush()
        {
            if (changed)
            {
                lines.Add($"{number,5}: {line}");
            }

            line.Clear();
            changed = false;
            number++;
        }
    }
}

using DiffPlex;
using DiffPlex.Chunkers;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>A word-level diff of two texts (DiffPlex): words and the spaces and punctuation between them are compared as units.</summary>
public static class WordDiff
{
    // Line breaks are separators too, so that a body's lines and paragraphs stay in the diff as they are.
    private static readonly DelimiterChunker Words = new([' ', '\t', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '*', '«', '»', '“', '”']);

    public static IReadOnlyList<DiffSegment> Between(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var segments = new List<DiffSegment>();
        var next = 0; // the next piece of the new text not yet written
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Same, result.PiecesNew, next, block.InsertStartB - next);
            Add(segments, DiffKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            next = block.InsertStartB + block.InsertCountB;
        }

        Add(segments, DiffKind.Same, result.PiecesNew, next, result.PiecesNew.Count - next);
        return Tightened(Grouped(segments));
    }

    /// <summary>
    /// Spaces and punctuation that a deletion and its insertion both start or end with are shown as unchanged: DiffPlex may
    /// replace " " with " (CoE) " where a reader sees "(CoE) " added.
    /// </summary>
    private static List<DiffSegment> Tightened(List<DiffSegment> segments)
    {
        var tightened = new List<DiffSegment>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Kind != DiffKind.Deleted || i + 1 >= segments.Count || segments[i + 1].Kind != DiffKind.Inserted)
            {
                Append(tightened, segments[i]);
                continue;
            }

            var (deleted, inserted) = (segments[i].Text, segments[i + 1].Text);
            var prefix = 0;
            while (prefix < deleted.Length && prefix < inserted.Length && deleted[prefix] == inserted[prefix] && !char.IsLetterOrDigit(deleted[prefix]))
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < deleted.Length - prefix && suffix < inserted.Length - prefix
                   && deleted[^(suffix + 1)] == inserted[^(suffix + 1)] && !char.IsLetterOrDigit(deleted[^(suffix + 1)]))
            {
                suffix++;
            }

            Append(tightened, new DiffSegment(DiffKind.Same, deleted[..prefix]));
            Append(tightened, new DiffSegment(DiffKind.Deleted, deleted[prefix..^suffix]));
            Append(tightened, new DiffSegment(DiffKind.Inserted, inserted[prefix..^suffix]));
            Append(tightened, new DiffSegment(DiffKind.Same, deleted[^suffix..]));
            i++;
        }

        return tightened;
    }

    /// <summary>Adds a non-empty segment, joined to the previous one of the same kind.</summary>
    private static void Append(List<DiffSegment> segments, DiffSegment segment)
    {
        if (segment.Text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == segment.Kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + segment.Text };
        }
        else
        {
            segments.Add(segment);
        }
    }

    /// <summary>
    /// Changes separated only by spaces become one deletion and one insertion ("[-a b-]{+c d+}" rather than "[-a-]{+c+} [-b-]{+d+}"),
    /// so that a rewritten phrase reads as a whole.
    /// </summary>
    private static List<DiffSegment> Grouped(List<DiffSegment> segments)
    {
        var grouped = new List<DiffSegment>();
        for (var i = 0; i < segments.Count;)
        {
            if (segments[i].Kind == DiffKind.Same)
            {
                grouped.Add(segments[i++]);
                continue;
            }

            var (deleted, inserted) = (new System.Text.StringBuilder(), new System.Text.StringBuilder());
            for (; i < segments.Count; i++)
            {
                var segment = segments[i];
                var isSpaceBetweenChanges = segment.Kind == DiffKind.Same && string.IsNullOrWhiteSpace(segment.Text)
                    && !segment.Text.Contains('\n') && deleted.Length > 0 && inserted.Length > 0 && ReplacesNext(segments, i + 1);
                if (segment.Kind == DiffKind.Same && !isSpaceBetweenChanges)
                {
                    break;
                }

                if (segment.Kind != DiffKind.Inserted)
                {
                    deleted.Append(segment.Text);
                }

                if (segment.Kind != DiffKind.Deleted)
                {
                    inserted.Append(segment.Text);
                }
            }

            if (deleted.Length > 0)
            {
                grouped.Add(new DiffSegment(DiffKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                grouped.Add(new DiffSegment(DiffKind.Inserted, inserted.ToString()));
            }
        }

        return grouped;
    }

    /// <summary>Whether the changes from <paramref name="start"/> to the next unchanged words both delete and insert.</summary>
    private static bool ReplacesNext(List<DiffSegment> segments, int start)
    {
        var kinds = segments.Skip(start).TakeWhile(s => s.Kind != DiffKind.Same).Select(s => s.Kind).ToList();
        return kinds.Contains(DiffKind.Deleted) && kinds.Contains(DiffKind.Inserted);
    }

    /// <summary>Adds pieces as one segment, joined to the previous one of the same kind.</summary>
    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count > 0)
        {
            Append(segments, new DiffSegment(kind, string.Concat(pieces.Skip(start).Take(count))));
        }
    }
}

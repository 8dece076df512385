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
        return segments;
    }

    /// <summary>Adds pieces as one segment, joined to the previous one of the same kind.</summary>
    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}

using Portal.Web.Localization;

namespace Portal.Web.Search;

/// <summary>What a search result can be.</summary>
public enum SearchKind
{
    Page = 1,
    News = 2,
    Institution = 3,
}

/// <summary>One thing the index knows: a page, an institution or a published news item, as (kind, id).</summary>
public readonly record struct SearchKey(SearchKind Kind, int ItemId);

/// <summary>One row of the index: one item in one language, as plain text.</summary>
public sealed record SearchDocument(SearchKey Key, string Language, string Slug, DateOnly? Date, string Title, string Body)
{
    /// <summary>Room for eight languages, so that adding one does not renumber the index.</summary>
    public const int LanguageSlots = 8;
    private const int KindSlots = 4;

    /// <summary>
    /// The rowid of this item in this language, the index's only link back to it: an item's rows are one contiguous range,
    /// deleted by rowid, and <c>rowid % LanguageSlots</c> is the language's slot.
    /// </summary>
    public long RowId => FirstRowId(Key) + LanguageSlot(Language);

    public static long FirstRowId(SearchKey key) => ((long)key.ItemId * KindSlots + (int)key.Kind) * LanguageSlots;

    public static long LastRowId(SearchKey key) => FirstRowId(key) + LanguageSlots - 1;

    public static int LanguageSlot(string language) => Languages.All.ToList().IndexOf(language);

    /// <summary>The item and language a rowid stands for.</summary>
    public static (SearchKey Key, string Language) Of(long rowId)
    {
        var (item, slot) = Math.DivRem(rowId, LanguageSlots);
        var (id, kind) = Math.DivRem(item, KindSlots);
        return (new SearchKey((SearchKind)kind, (int)id), Languages.All[(int)slot]);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Pages;

/// <summary>Where a paged list stands: page <see cref="Number"/> of <see cref="Count"/> (always at least one page).</summary>
public sealed record Pager(int Number, int Count, int Size)
{
    public int Skip => (Number - 1) * Size;
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Count;

    /// <summary>The page a reader asked for, or null when there is no such page (a 404): page 1 always exists.</summary>
    /// <param name="requested">The page number as the address gives it; none means page 1.</param>
    public static Pager? For(string? requested, int total, int size)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        return NumberOf(requested) is { } number && number <= count ? new Pager(number, count, size) : null;
    }

    /// <summary>
    /// A list's address at one of its pages: page 1 is the list itself, a later one adds its number to the query (which
    /// <c>Url.Page</c> cannot do: to it, "page" is the Razor page's own route value).
    /// </summary>
    /// <param name="list">The list's address, with any query of its own (a search, filters).</param>
    public static string AddressOf(string list, int number) =>
        number > 1 ? QueryHelpers.AddQueryString(list, PublicLinks.PageQuery, number.ToString(CultureInfo.InvariantCulture)) : list;

    /// <summary>The page number a reader asked for, or null when it cannot be one: none means page 1.</summary>
    public static int? NumberOf(string? requested) =>
        requested is null ? 1 : int.TryParse(requested, out var number) && number >= 1 ? number : null;
}

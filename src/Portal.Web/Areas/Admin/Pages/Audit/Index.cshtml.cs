using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Pages;

namespace Portal.Web.Areas.Admin.Pages.Audit;

/// <summary>The audit trail, newest first, for administrators: filtered by kind of action and by person. Read only.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public const int PageSize = 50;

    public override string Title => Text["Audit.Title"];

    public AuditAction? Action { get; private set; }

    /// <summary>Part of an e-mail address or slug, matched against who acted and what it concerned.</summary>
    public string? Who { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 1, PageSize);

    /// <param name="action">The kind of action to show; anything that is not one shows every kind.</param>
    /// <param name="who">Part of an e-mail address or slug.</param>
    /// <param name="page">The page number (the query's; the route's "page" is the Razor page's name).</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "action")] string? action, [FromQuery(Name = "who")] string? who,
        [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        Action = Enum.TryParse<AuditAction>(action, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;
        Who = who?.Trim() is { Length: > 0 } person ? person[..Math.Min(person.Length, AuditEntry.TextLength)] : null;

        var entries = db.AuditEntries.AsNoTracking();
        if (Action is { } only)
        {
            entries = entries.Where(e => e.Action == only);
        }

        if (Who is { } part)
        {
            entries = entries.Where(e => (e.Actor != null && e.Actor.Contains(part)) || (e.Subject != null && e.Subject.Contains(part)));
        }

        if (Pager.For(page, await entries.CountAsync(cancellationToken), PageSize) is not { } pager)
        {
            return NotFound();
        }

        Pager = pager;
        Entries = await entries.OrderByDescending(e => e.Id).Skip(pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The pager under the trail, each page an address of the same filtered list: newer entries before, older after.</summary>
    public PagerLinks PagerLinks => new(Pager, Text["Audit.Pages"], Text["Audit.Newer"], Text["Audit.Older"],
        number => Pager.AddressOf(Url.Page("Index", new { action = Action?.ToString(), who = Who })!, number));
}

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

    /// <summary>The kind of action to show; anything that is not one shows every kind.</summary>
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    /// <summary>Part of an e-mail address or slug, matched against who acted and what it concerned.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public string? PageNumber { get; set; }

    public AuditAction? Action { get; private set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 1, PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Action = Enum.TryParse<AuditAction>(ActionName, ignoreCase: true, out var action) && Enum.IsDefined(action) ? action : null;
        Who = Who?.Trim() is { Length: > 0 } who ? who[..Math.Min(who.Length, AuditEntry.TextLength)] : null;

        var entries = db.AuditEntries.AsNoTracking();
        if (Action is { } kind)
        {
            entries = entries.Where(e => e.Action == kind);
        }

        if (Who is { } person)
        {
            entries = entries.Where(e => (e.Actor != null && e.Actor.Contains(person)) || (e.Subject != null && e.Subject.Contains(person)));
        }

        if (Pager.For(PageNumber, await entries.CountAsync(cancellationToken), PageSize) is not { } pager)
        {
            return NotFound();
        }

        Pager = pager;
        Entries = await entries.OrderByDescending(e => e.Id).Skip(pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same filtered list.</summary>
    public string? PageAddress(int number) =>
        Url.Page("Index", new { action = Action?.ToString(), who = Who, page = number == 1 ? null : (int?)number });
}

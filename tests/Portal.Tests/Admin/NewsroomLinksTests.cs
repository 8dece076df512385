using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class NewsroomLinksTests(NewsroomFactory factory) : NewsroomLinksTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class NewsroomLinksOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : NewsroomLinksTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>The newsroom's links, generated from its routes, lead where they say from every page.</summary>
public abstract class NewsroomLinksTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Fact]
    public async Task From_an_items_editor_the_navigation_leads_to_the_list_a_new_item_the_translations_and_the_public_site()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync(await client.NewItemFormAsync("links-from-the-editor"), "Publish");

        var editor = await client.GetDocumentAsync($"/admin/news/{id}/edit");

        var navigation = editor.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin", "/admin/news/new", "/admin/translations", "/admin/account", "/en/"], navigation);
        var actions = editor.QuerySelectorAll(".item-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/admin/news/{id}/revisions", $"/admin/news/{id}/delete", "/en/news/links-from-the-editor"], actions);
        Assert.Equal($"/admin/news/{id}/edit", editor.QuerySelector("form.admin-form")!.GetAttribute("action"));
        Assert.Equal($"/admin/news/{id}/edit?handler=Publish",
            editor.QuerySelector("form.admin-form button:not(.secondary)")!.GetAttribute("formaction"));
    }

    [Fact]
    public async Task A_new_item_is_written_at_its_own_address_and_the_list_links_to_each_item()
    {
        var client = await factory.EditorClientAsync();

        var form = await client.GetDocumentAsync("/admin/news/new");
        Assert.Equal("/admin/news/new", form.QuerySelector("form.admin-form")!.GetAttribute("action"));
        var list = await client.GetDocumentAsync("/admin");
        Assert.Equal("/admin/news/new", list.QuerySelector("main a.button")!.GetAttribute("href"));
        Assert.All(list.QuerySelectorAll("tbody th a"), a => Assert.Matches("^/admin/news/[0-9]+/edit$", a.GetAttribute("href")!));
    }
}

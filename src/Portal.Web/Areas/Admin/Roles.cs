namespace Portal.Web.Areas.Admin;

/// <summary>The two kinds of account: editors write the news, admins also manage accounts.</summary>
public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Editor, Admin];

    /// <summary>The one spelling of a role from what someone typed (case-insensitive), or null when there is no such role.</summary>
    public static string? Find(string? name) => All.FirstOrDefault(role => string.Equals(role, name, StringComparison.OrdinalIgnoreCase));
}

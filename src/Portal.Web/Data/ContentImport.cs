namespace Portal.Web.Data;

/// <summary>
/// The last start-up import that went to its end, in one row. A database that has it holds a whole site, so it can be read
/// while the next start-up imports content/ again; a database without it (new, or killed in its first import) cannot.
/// </summary>
public sealed class ContentImport
{
    public const int OnlyRow = 1;

    public int Id { get; set; } = OnlyRow;
    public DateTime FinishedAt { get; set; }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Tests.Pages;

/// <summary>How SQLite means to run a query, line by line ("SEARCH n USING INDEX …", "SCAN n"), as EXPLAIN QUERY PLAN says.</summary>
public static class QueryPlan
{
    public static async Task<List<string>> OfAsync(PortalDb db, IQueryable query)
    {
        // ToQueryString writes the parameters as ".param set @name value" lines before the SQL.
        var lines = query.ToQueryString().Split('\n');
        var parameters = lines.TakeWhile(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l.Split(' ', 4)).ToList();
        var sql = string.Join('\n', lines.Skip(parameters.Count)
            .TakeWhile(l => !l.StartsWith("This LINQ query", StringComparison.Ordinal)));

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var parameter in parameters)
            {
                var value = command.CreateParameter();
                value.ParameterName = parameter[2];
                value.Value = long.TryParse(parameter[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : parameter[3].Trim('\'');
                command.Parameters.Add(value);
            }

            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            return plan;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The lines that read a whole table or index rather than searching it (reading a subquery's few rows is no such line).</summary>
    public static List<string> TableScans(this IReadOnlyList<string> plan)
    {
        var subqueries = plan.Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || line.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(line => "SCAN " + line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])
            .ToHashSet();
        return plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(line)).ToList();
    }
}

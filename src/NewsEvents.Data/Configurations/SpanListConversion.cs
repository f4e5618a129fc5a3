using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

/// <summary>
/// Stores a mention's spans as a JSON array of [start,end] pairs in one column: they are always read with their mention
/// and never queried, so a child table would only cost joins.
/// </summary>
internal static class SpanListConversion
{
    public static PropertyBuilder<List<Span>> HasSpanListConversion(this PropertyBuilder<List<Span>> property) =>
        property.HasConversion(
            spans => Serialize(spans),
            json => Deserialize(json),
            new ValueComparer<List<Span>>(
                (a, b) => a!.SequenceEqual(b!),
                spans => spans.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.Start, s.End)),
                spans => spans.ToList()))
        .IsRequired();

    internal static string Serialize(List<Span> spans) =>
        JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }));

    private static List<Span> Deserialize(string json) =>
        (JsonSerializer.Deserialize<int[][]>(json) ?? []).Select(p => new Span(p[0], p[1])).ToList();
}

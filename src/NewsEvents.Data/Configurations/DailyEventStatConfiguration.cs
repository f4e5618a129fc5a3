using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class DailyEventStatConfiguration : IEntityTypeConfiguration<DailyEventStat>
{
    public void Configure(EntityTypeBuilder<DailyEventStat> stat)
    {
        // Every read fixes Admin1, Country (both "*" for the whole world) and ActorType (0 unless filtered): then the day range.
        stat.HasKey(s => new { s.Admin1, s.Country, s.ActorType, s.Day, s.Type });
        stat.Property(s => s.Country).HasMaxLength(2);
        stat.Property(s => s.Admin1).HasMaxLength(200);
        stat.Property(s => s.Type).HasMaxLength(60);
        // Per-country buckets (groupBy=country) over a day range, every country at once.
        stat.HasIndex(s => new { s.Admin1, s.ActorType, s.Day });
    }
}

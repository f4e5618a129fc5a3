using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class TollConfiguration : IEntityTypeConfiguration<Toll>
{
    public void Configure(EntityTypeBuilder<Toll> toll)
    {
        toll.Property(t => t.Kind).HasMaxLength(30);
        toll.Property(t => t.Qualifier).HasMaxLength(30);
        toll.Property(t => t.Vague).HasMaxLength(30);
        toll.Property(t => t.Victims).HasMaxLength(200);
        toll.Property(t => t.AttributedTo).HasMaxLength(300);
        toll.Property(t => t.Location).HasMaxLength(200);
        toll.Property(t => t.Side).HasMaxLength(100);

        toll.HasIndex(t => t.ArticleId);
        toll.HasIndex(t => t.EventId);
        toll.HasIndex(t => new { t.Kind, t.Date });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class TollObservationConfiguration : IEntityTypeConfiguration<TollObservation>
{
    public void Configure(EntityTypeBuilder<TollObservation> observation)
    {
        observation.Property(o => o.Source).HasMaxLength(200);
        observation.Property(o => o.ExtractorVersion).HasMaxLength(50);
        observation.Property(o => o.Kind).HasMaxLength(30);
        observation.Property(o => o.Qualifier).HasMaxLength(30);

        // History is of an event: it goes when the event goes (no source left), and stays when an article's tolls are replaced.
        observation.HasOne<Event>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        observation.HasOne<Article>().WithMany().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The timeline is read per event in the order it was observed.
        observation.HasIndex(o => new { o.EventId, o.ObservedAt, o.Id });
        observation.HasIndex(o => o.ArticleId);
    }
}

package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Span;

/** One activity mention while the extraction decides about it. */
final class Activity {
    final Mention mention;
    String cpt;
    String intent;
    boolean live = true;
    boolean ownMinutes;
    boolean actedOn;
    /** Said not to have been done ("held off on"), as opposed to only referred to or planned. */
    boolean negated;
    /** The term as understood (normalised, after speech correction): "balance training". */
    String name;
    Integer minutes;
    Parameters params = Parameters.NONE;
    final List<Span> evidence = new ArrayList<>();

    Activity(Mention mention) {
        this.mention = mention;
    }

    Term.Kind kind() {
        return mention.term().kind();
    }
}

package vn.tvet.lms.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.collection.CollectionItem;
import vn.tvet.lms.library.collection.PersonalCollection;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** "My collection": material of any school kept by reference, with a notice when a newer version exists. */
@Named
@ViewScoped
public class CollectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonalCollection collection;

    @Inject
    Texts texts;

    private List<CollectionItem> items;

    public List<CollectionItem> getItems() {
        if (items == null) {
            items = collection.items(currentUser.viewer());
        }
        return items;
    }

    public void takeLatest(CollectionItem item) {
        collection.takeLatest(currentUser.viewer(), item.getId());
        texts.info("collection.updated", item.getResource().getTitle());
        items = null;
    }

    public void remove(CollectionItem item) {
        collection.remove(currentUser.viewer(), item.getId());
        texts.info("collection.removed", item.getResource().getTitle());
        items = null;
    }

    public String removeConfirm(CollectionItem item) {
        return texts.get("collection.removeConfirm", item.getResource().getTitle());
    }

    /** Material the author retired stays in the list, marked, so nobody loses track of what they used. */
    public boolean stillShared(CollectionItem item) {
        return item.getResource().getStatus() == ResourceStatus.PUBLISHED;
    }
}

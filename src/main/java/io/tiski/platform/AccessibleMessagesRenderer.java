package io.tiski.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' p:messages with each message a plain list item. PrimeFaces gives every {@code <li>}
 * {@code role="alert"}, which takes it out of its list (axe-core: "list", serious, WCAG 1.3.1); the
 * messages' container is a polite live region already, so screen readers still hear a new message.
 * Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ListItemsWithoutRole(writer), uiMessages, message, severity, escape);
    }

    private static final class ListItemsWithoutRole extends ResponseWriterWrapper {

        private String element;

        ListItemsWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}

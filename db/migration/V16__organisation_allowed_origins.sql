-- The web sites (origins such as https://shop.example) whose pages may open the customer chat
-- line of the organisation, separated by spaces. Empty: only Tiski's own pages (the demo page).
ALTER TABLE organisations ADD COLUMN allowed_origins VARCHAR(2000) NOT NULL DEFAULT '';

-- A mobile member (流动党员): since when, and the inflow organization where they take part in
-- organizational life and pay dues.
ALTER TABLE member ADD COLUMN mobile_since DATE;
ALTER TABLE member ADD COLUMN inflow_org VARCHAR(200);

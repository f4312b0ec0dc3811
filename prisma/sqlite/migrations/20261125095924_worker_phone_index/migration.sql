-- CreateIndex
CREATE INDEX "Worker_phone_idx" ON "Worker"("phone");

